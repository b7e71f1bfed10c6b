import { z } from 'zod';
import { describeIssues, parseWith } from '../../rules/schema';

/**
 * One misuse incident, as kept by the "Report misuse" page: the copy the policy
 * asks staff to keep (Appendix A), and the record for the school's incident log
 * (section 9). Pure: no browser globals, so it runs in Node and in tests. The
 * record is only ever written to a file the person chooses to hand over.
 */

const text = z.string().trim().min(1, 'must not be empty');
const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO date and time, like 2026-12-07T18:30:00Z' });

/**
 * Only PNG or JPEG as base64 data: URLs (what tabs.captureVisibleTab gives).
 * Nothing else may end up in an <img src>, and base64 characters cannot break
 * out of an attribute even before escaping.
 */
const IMAGE_DATA_URL = /^data:(image\/(?:png|jpeg));base64,[A-Za-z0-9+/]+={0,2}$/;

const ScreenshotSchema = z
  .strictObject({
    type: z.enum(['image/png', 'image/jpeg']),
    dataUrl: z.string().regex(IMAGE_DATA_URL, 'must be a data:image/png or data:image/jpeg base64 URL'),
  })
  .refine((shot) => shot.dataUrl.startsWith(`data:${shot.type};`), {
    message: 'dataUrl does not match type',
    path: ['dataUrl'],
  });

const StepsSchema = z.strictObject({
  reported: z.boolean(),
  blocked: z.boolean(),
  ceop: z.boolean(),
  toldLead: z.boolean(),
});

const SafeguardingLeadSchema = z.strictObject({
  name: text,
  role: text.optional(),
  email: text.optional(),
  phone: text.optional(),
});

/** Strict, like rules/schema.ts: an unknown field in a handed-over file is more likely damage than meaning. */
export const IncidentRecordSchema = z.strictObject({
  format: z.literal('postguard-incident', { error: 'must be "postguard-incident": this is not a postguard incident file' }),
  version: z.literal(1, { error: 'must be 1: this file may come from a newer postguard' }),
  id: text,
  createdAt: isoTime,
  site: z.strictObject({ id: text.nullable(), name: text }),
  /** Absent when the browser would not tell postguard the tab's address: the rest of the copy still counts. */
  url: text.optional(),
  pageTitle: z.string().optional(),
  capturedAt: isoTime,
  screenshot: ScreenshotSchema.optional(),
  selectedText: z.string().optional(),
  /** The person's own note, in their words. */
  whatHappened: z.string().optional(),
  childAtRisk: z.boolean(),
  steps: StepsSchema,
  school: z.strictObject({ name: text, safeguardingLead: SafeguardingLeadSchema.optional() }).optional(),
  /** Policy section ids the incident falls under (e.g. "7", "A"). */
  policy: z.strictObject({ sections: z.array(text) }).optional(),
});

export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;
export type IncidentSteps = z.infer<typeof StepsSchema>;

/** What the page knows; the rest (format, ids, times, defaults) is filled in here. */
export interface IncidentInput {
  site: IncidentRecord['site'];
  url?: string;
  pageTitle?: string;
  /** When the copy was taken; defaults to `now`. */
  capturedAt?: Date | string;
  screenshot?: IncidentRecord['screenshot'];
  selectedText?: string;
  whatHappened?: string;
  childAtRisk?: boolean;
  steps?: Partial<IncidentSteps>;
  school?: IncidentRecord['school'];
  policy?: IncidentRecord['policy'];
}

/** Whitespace-only text is no text: leaving it out keeps the record and the printout honest. */
function present(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/** Builds and checks a record; throws an Error naming the fields when the input is not valid. */
export function newIncidentRecord(input: IncidentInput, now: Date, id: string): IncidentRecord {
  const createdAt = now.toISOString();
  const captured = input.capturedAt ?? now;
  const draft = {
    format: 'postguard-incident',
    version: 1,
    id,
    createdAt,
    site: input.site,
    url: input.url,
    pageTitle: present(input.pageTitle?.trim()),
    capturedAt: typeof captured === 'string' ? captured : captured.toISOString(),
    screenshot: input.screenshot,
    selectedText: present(input.selectedText),
    whatHappened: present(input.whatHappened),
    childAtRisk: input.childAtRisk ?? false,
    // Per key, so a `{ blocked: undefined }` from a form still means "not done".
    steps: {
      reported: input.steps?.reported ?? false,
      blocked: input.steps?.blocked ?? false,
      ceop: input.steps?.ceop ?? false,
      toldLead: input.steps?.toldLead ?? false,
    },
    school: input.school,
    policy: input.policy,
  };
  const parsed = IncidentRecordSchema.safeParse(draft);
  if (!parsed.success) throw new Error(`Incident record is not valid:\n${describeIssues(parsed.error).join('\n')}`);
  return withoutUndefined(parsed.data);
}

/** The record with keys in the schema's order (stable diffs and reading order), absent fields left out. */
function withoutUndefined(record: IncidentRecord): IncidentRecord {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(IncidentRecordSchema.shape) as (keyof IncidentRecord)[]) {
    const value = record[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered as IncidentRecord;
}

/** A record checked against the schema and put in its key order, or null: for records changed after they were made. */
export function checkedIncidentRecord(value: unknown): IncidentRecord | null {
  const parsed = IncidentRecordSchema.safeParse(value);
  return parsed.success ? withoutUndefined(parsed.data) : null;
}

/** Pretty JSON for the school's log. Throws if the record does not match the schema, so a bad file is never written. */
export function incidentToJson(record: IncidentRecord): string {
  const parsed = IncidentRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`Incident record is not valid:\n${describeIssues(parsed.error).join('\n')}`);
  // The schema's output already follows its shape order, nested objects included.
  return `${JSON.stringify(withoutUndefined(parsed.data), null, 2)}\n`;
}

/** Reads a handed-over JSON file; errors name the field ("steps.blocked: ..."). */
export function parseIncidentJson(text: string): { ok: true; value: IncidentRecord } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(file): not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseWith(IncidentRecordSchema, data);
  return parsed.ok ? { ok: true, value: withoutUndefined(parsed.value) } : parsed;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every interpolated string goes through this, in text and in attributes alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escaped, with the person's line breaks kept (selected text is often several lines of a thread). */
function multiline(value: string): string {
  return escapeHtml(value).replace(/\r\n?|\n/g, '<br>');
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link only for http(s); a javascript:, data: or chrome: address is shown as text and never made clickable. */
function urlHtml(value: string): string {
  const shown = escapeHtml(value);
  return isHttpUrl(value) ? `<a href="${shown}" rel="noreferrer noopener">${shown}</a>` : shown;
}

/** UK time, as the school reads it; the exact ISO time stays in the datetime attribute and the JSON. */
function timeHtml(iso: string): string {
  let shown = iso;
  const date = new Date(iso);
  if (!Number.isNaN(date.getTime())) {
    try {
      shown = `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date)} (UK time)`;
    } catch {
      shown = iso; // no time zone data: the ISO time is still exact
    }
  }
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(shown)}</time>`;
}

/** The screenshot's data: URL if it is a PNG or JPEG, else null: anything else is dropped, never embedded. */
function safeScreenshot(record: IncidentRecord): string | null {
  const shot = record.screenshot;
  if (!shot || typeof shot.dataUrl !== 'string') return null;
  const match = IMAGE_DATA_URL.exec(shot.dataUrl);
  return match && match[1] === shot.type ? shot.dataUrl : null;
}

const STEP_LABELS: ReadonlyArray<readonly [keyof IncidentSteps, string]> = [
  ['reported', 'Reported it on the site'],
  ['blocked', 'Blocked or restricted the person'],
  ['ceop', 'Reported to CEOP (a child at risk)'],
  ['toldLead', 'Told the designated safeguarding lead'],
];

const STYLE = `
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #111; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  th { width: 12rem; background: #f2f2f2; }
  blockquote { margin: 0; padding: .5rem .75rem; border-left: 4px solid #666; background: #f7f7f7; overflow-wrap: anywhere; }
  img { max-width: 100%; border: 1px solid #999; }
  ul.checklist { list-style: none; padding: 0; }
  .alert { border: 2px solid #b00; padding: .5rem .75rem; font-weight: bold; }
  .muted { color: #555; font-size: .9rem; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    a { color: inherit; text-decoration: none; }
    th { background: none; }
    h2, tr, blockquote, figure { break-inside: avoid; }
    img { max-height: 60vh; }
  }
`;

/** A complete, standalone, printable page: no scripts, no external requests (the CSP says so too). */
export function incidentToHtml(record: IncidentRecord): string {
  const e = escapeHtml;
  const rows: [string, string][] = [
    ['Record', e(record.id)],
    ['Copy kept', timeHtml(record.capturedAt)],
    ['Record made', timeHtml(record.createdAt)],
    ['Site', e(record.site.name)],
    ['Page address', record.url ? urlHtml(record.url) : 'Not known: the browser did not let postguard read it'],
  ];
  if (record.pageTitle) rows.push(['Page title', e(record.pageTitle)]);
  rows.push(['A child at risk', record.childAtRisk ? 'Yes' : 'No']);
  if (record.school) rows.push(['School', e(record.school.name)]);
  if (record.policy && record.policy.sections.length > 0) rows.push(['Policy sections', e(record.policy.sections.join(', '))]);

  const shot = safeScreenshot(record);
  const lead = record.school?.safeguardingLead;
  const leadLines = lead
    ? [lead.name, lead.role, lead.email, lead.phone].filter((line): line is string => Boolean(line)).map(e).join('<br>')
    : '';

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${e(`Incident record: ${record.site.name}, ${record.capturedAt.slice(0, 10)}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Social media incident record</h1>
<p class="muted">Kept with postguard. Nothing in this record was sent anywhere: the person who kept it chose to hand it over.</p>
${record.childAtRisk ? '<p class="alert">A child may be at risk: follow the school\'s safeguarding procedures and tell the designated safeguarding lead now.</p>\n' : ''}<h2>Facts</h2>
<table>
${rows.map(([label, value]) => `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`).join('\n')}
</table>
${record.whatHappened ? `<h2>What happened</h2>\n<p>${multiline(record.whatHappened)}</p>\n` : ''}${record.selectedText ? `<h2>Text selected on the page</h2>\n<blockquote>${multiline(record.selectedText)}</blockquote>\n` : ''}<h2>Screenshot</h2>
${shot ? `<figure><img src="${e(shot)}" alt="${e(`Screenshot of ${record.site.name} as it was seen`)}"></figure>` : '<p class="muted">No screenshot kept.</p>'}
<h2>Steps taken</h2>
<ul class="checklist">
${STEP_LABELS.map(([key, label]) => `<li>${record.steps[key] ? '&#9745; Done' : '&#9744; Not done'}: ${e(label)}</li>`).join('\n')}
</ul>
${lead ? `<h2>Designated safeguarding lead</h2>\n<p>${leadLines}</p>\n` : ''}<p class="muted">postguard-incident, version ${e(String(record.version))}</p>
</body>
</html>
`;
}

/** A UK-time stamp for file names: "2026-12-07-1830". */
function fileStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'undated';
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    return `${part('year')}-${part('month')}-${part('day')}-${part('hour')}${part('minute')}`;
  } catch {
    return date.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  }
}

/** Lower-case letters, digits and single hyphens: safe on every file system and in a mail attachment. */
function slug(value: string): string {
  return value.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

/** e.g. postguard-incident-2026-12-07-1830-facebook.html */
export function incidentFileName(record: IncidentRecord, ext: 'html' | 'json'): string {
  if (ext !== 'html' && ext !== 'json') throw new Error(`Unknown incident file type: ${String(ext)}`);
  const site = slug(record.site.id ?? '') || slug(record.site.name) || 'site';
  return `postguard-incident-${fileStamp(record.capturedAt)}-${site}.${ext}`;
}
