import { describe, expect, it } from 'vitest';
import {
  type IncidentInput,
  type IncidentRecord,
  incidentFileName,
  incidentToHtml,
  incidentToJson,
  newIncidentRecord,
  parseIncidentJson,
} from '../../lib/incident/record';
import { SITES } from '../../lib/sites';
import { CEOP, CEOP_WHEN, INCIDENT_SITES, MORE_HELP, incidentStepsFor } from '../../rules/incident-sites';
import { IncidentSiteSchema, IncidentSitesSchema } from '../../rules/incident-sites-schema';

// The "Report misuse" record (policy section 7, section 9 and Appendix A): what a
// member of staff hands to the school must read back exactly, print safely, and
// never carry anything that could run in the browser that opens it.

const NOW = new Date('2026-12-07T18:30:00.000Z');
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

const input: IncidentInput = {
  site: { id: 'facebook', name: 'Facebook' },
  url: 'https://www.facebook.com/groups/123/posts/456',
  pageTitle: 'Parents group',
  screenshot: { type: 'image/png', dataUrl: PNG },
  selectedText: 'first line\nsecond line',
  whatHappened: 'A parent named me in a post.',
  steps: { reported: true },
  school: { name: 'Christ Church School', safeguardingLead: { name: 'A. Lead', role: 'DSL', email: 'dsl@school.example' } },
  policy: { sections: ['7', 'A'] },
};
const record = () => newIncidentRecord(input, NOW, 'inc-1');
/** For records a caller built by hand, skipping the schema (the HTML must still be safe). */
const unchecked = (patch: Record<string, unknown>) => ({ ...record(), ...patch }) as IncidentRecord;

describe('incident record format', () => {
  it('fills in the format, times and defaults', () => {
    const r = newIncidentRecord({ site: { id: null, name: 'example.org' }, url: 'https://example.org/', selectedText: '  \n ' }, NOW, 'x');
    expect(r).toEqual({
      format: 'postguard-incident',
      version: 1,
      id: 'x',
      createdAt: '2026-12-07T18:30:00.000Z',
      site: { id: null, name: 'example.org' },
      url: 'https://example.org/',
      capturedAt: '2026-12-07T18:30:00.000Z',
      childAtRisk: false,
      steps: { reported: false, blocked: false, ceop: false, toldLead: false },
    });
    expect(record().steps).toEqual({ reported: true, blocked: false, ceop: false, toldLead: false });
  });

  it('round-trips through JSON unchanged, with a stable key order', () => {
    const r = record();
    const json = incidentToJson(r);
    expect(json.startsWith('{\n  "format": "postguard-incident",\n  "version": 1,\n  "id": "inc-1",')).toBe(true);
    const back = parseIncidentJson(json);
    expect(back).toEqual({ ok: true, value: r });
    if (back.ok) expect(incidentToJson(back.value)).toBe(json);
    // Same record, keys in another order: same file.
    const shuffled = Object.fromEntries(Object.entries(r).reverse()) as IncidentRecord;
    expect(incidentToJson({ ...shuffled, steps: { toldLead: false, ceop: false, blocked: false, reported: true } })).toBe(json);
  });

  it('says when a file is not JSON at all', () => {
    const result = parseIncidentJson('{"format": "postguard-incident",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/not valid JSON/);
  });

  it('names each wrong, missing or unknown field', () => {
    const data = JSON.parse(incidentToJson(record()));
    data.format = 'something-else';
    data.version = 2;
    data.steps.blocked = 'yes';
    data.capturedAt = 'yesterday';
    data.colour = 'red';
    delete data.site;
    data.screenshot = { type: 'image/png', dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' };
    const result = parseIncidentJson(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.errors.join('\n');
    expect(errors).toMatch(/^format: must be "postguard-incident"/m);
    expect(errors).toMatch(/^version: must be 1/m);
    expect(errors).toMatch(/^steps\.blocked: .*boolean/m);
    expect(errors).toMatch(/^capturedAt: must be an ISO date/m);
    expect(errors).toMatch(/^colour: unknown field/m);
    expect(errors).toMatch(/^site: is required/m);
    expect(errors).toMatch(/^screenshot\.dataUrl: must be a data:image\/png/m);
  });

  it('refuses to build or write an invalid record, naming the field', () => {
    expect(() => newIncidentRecord({ ...input, url: '  ' }, NOW, 'x')).toThrow(/url: must not be empty/);
    expect(() => newIncidentRecord({ ...input, screenshot: { type: 'image/jpeg', dataUrl: PNG } }, NOW, 'x')).toThrow(/screenshot\.dataUrl: dataUrl does not match type/);
    expect(() => incidentToJson(unchecked({ screenshot: { type: 'image/png', dataUrl: 'javascript:alert(1)' } }))).toThrow(/screenshot\.dataUrl/);
  });
});

describe('incidentToHtml', () => {
  const ALLOWED_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'p', 'table', 'tr', 'th', 'td', 'a', 'time', 'blockquote', 'br', 'figure', 'img', 'ul', 'li']);
  const tagsIn = (html: string) => [...html.matchAll(/<\/?([a-z0-9!]+)/gi)].map((m) => m[1]!.toLowerCase());

  it('is a complete, printable page', () => {
    const html = incidentToHtml(record());
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>Incident record: Facebook, 2026-12-07<\/title>/);
    expect(html).toContain('@media print');
    expect(html).toContain(`<img src="${PNG}"`);
    expect(html).toContain('<a href="https://www.facebook.com/groups/123/posts/456" rel="noreferrer noopener">');
    expect(html).toContain('<time datetime="2026-12-07T18:30:00.000Z">7 December 2026 at 18:30 (UK time)</time>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes selected text and keeps its line breaks', () => {
    const html = incidentToHtml(newIncidentRecord({ ...input, selectedText: '<script>alert(1)</script> "quoted" & \'more\'\nnext line' }, NOW, 'x'));
    expect(html).toContain('<blockquote>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;more&#39;<br>next line</blockquote>');
    expect(html).not.toContain('<script');
  });

  it('escapes every string it shows, so none can add a tag or attribute', () => {
    const bad = '"><svg onload=alert(1)>\'&<script>x</script>';
    const html = incidentToHtml(
      newIncidentRecord(
        {
          site: { id: bad, name: bad },
          url: `https://x.example/${bad}`,
          pageTitle: bad,
          selectedText: bad,
          whatHappened: bad,
          screenshot: { type: 'image/png', dataUrl: PNG },
          school: { name: bad, safeguardingLead: { name: bad, role: bad, email: bad, phone: bad } },
          policy: { sections: [bad] },
        },
        NOW,
        bad,
      ),
    );
    expect(tagsIn(html).filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(tagsIn(html).filter((tag) => tag === 'img')).toHaveLength(1);
    expect(html).not.toMatch(/"\s*onload=/);
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;&#39;&amp;&lt;script&gt;');
  });

  it('says plainly when the address is not known, rather than leaving a gap', () => {
    const withoutUrl = newIncidentRecord({ ...input, url: undefined }, NOW, 'x');
    expect(withoutUrl).not.toHaveProperty('url');
    expect(parseIncidentJson(incidentToJson(withoutUrl))).toEqual({ ok: true, value: withoutUrl });
    expect(incidentToHtml(withoutUrl)).toContain('<th scope="row">Page address</th><td>Not known: the browser did not let postguard read it</td>');
  });

  it('shows an address that is not http(s) as text, never as a link', () => {
    const html = incidentToHtml(unchecked({ url: 'javascript:alert(document.cookie)' }));
    expect(html).not.toContain('<a ');
    expect(html).toContain('<td>javascript:alert(document.cookie)</td>');
  });

  it.each([
    ['javascript:', 'image/png', 'javascript:alert(1)'],
    ['data:text/html', 'image/png', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['SVG', 'image/png', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a type that does not match', 'image/jpeg', PNG],
    ['an attribute break-out', 'image/png', `${PNG}" onerror="alert(1)`],
  ])('drops a %s screenshot', (_, type, dataUrl) => {
    const html = incidentToHtml(unchecked({ screenshot: { type, dataUrl } }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain(dataUrl);
    expect(html).toContain('No screenshot kept.');
  });

  it('lists the steps as a checklist and names the safeguarding lead', () => {
    const html = incidentToHtml(newIncidentRecord({ ...input, childAtRisk: true, steps: { reported: true, toldLead: true } }, NOW, 'x'));
    expect(html).toContain('<li>&#9745; Done: Reported it on the site</li>');
    expect(html).toContain('<li>&#9744; Not done: Blocked or restricted the person</li>');
    expect(html).toContain('<li>&#9744; Not done: Reported to CEOP (a child at risk)</li>');
    expect(html).toContain('<li>&#9745; Done: Told the designated safeguarding lead</li>');
    expect(html).toContain('<p>A. Lead<br>DSL<br>dsl@school.example</p>');
    expect(html).toContain('class="alert"');
    expect(incidentToHtml(record())).not.toContain('class="alert"');
  });
});

describe('incidentFileName', () => {
  const SAFE = /^postguard-incident-\d{4}-\d{2}-\d{2}-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:html|json)$/;
  const named = (site: IncidentRecord['site'], capturedAt = NOW.toISOString()) => ({ ...record(), site, capturedAt });

  it('names the file by UK time and site', () => {
    expect(incidentFileName(record(), 'html')).toBe('postguard-incident-2026-12-07-1830-facebook.html');
    expect(incidentFileName(record(), 'json')).toBe('postguard-incident-2026-12-07-1830-facebook.json');
    // Summer: British Summer Time is an hour ahead of UTC.
    expect(incidentFileName(named({ id: 'x', name: 'X' }, '2026-07-01T17:05:00.000Z'), 'json')).toBe('postguard-incident-2026-07-01-1805-x.json');
  });

  it('uses only safe characters, whatever the site is called', () => {
    const cases: [IncidentRecord['site'], string][] = [
      [{ id: 'mastodon.example.org', name: 'Mastodon (mastodon.example.org)' }, 'mastodon-example-org'],
      [{ id: null, name: '../../etc/passwd <x>' }, 'etc-passwd-x'],
      [{ id: null, name: 'Café ☕ Forum' }, 'cafe-forum'],
      [{ id: null, name: '☕☕' }, 'site'],
    ];
    for (const [site, slug] of cases) {
      const name = incidentFileName(named(site), 'html');
      expect(name).toMatch(SAFE);
      expect(name).toBe(`postguard-incident-2026-12-07-1830-${slug}.html`);
    }
  });
});

describe('incident steps per site', () => {
  it('falls back to the generic steps for other sites', () => {
    for (const id of [null, 'example.org', 'myspace', '__proto__', 'constructor', 'toString', '']) {
      expect(incidentStepsFor(id)).toBe(INCIDENT_SITES.generic);
    }
  });

  it('has an entry for exactly the sites in lib/sites, plus generic', () => {
    expect(Object.keys(INCIDENT_SITES).sort()).toEqual([...SITES.map((site) => site.id), 'generic'].sort());
  });

  it.each(SITES.map((site) => [site.id, site.name] as const))('%s: steps to report and block, https terms to cite', (id, name) => {
    const steps = incidentStepsFor(id);
    expect(steps).not.toBe(INCIDENT_SITES.generic);
    expect(steps.name).toBe(name);
    expect(steps.report.length).toBeGreaterThan(0);
    expect(steps.block.length).toBeGreaterThan(0);
    expect(steps.terms.length).toBeGreaterThan(0);
    for (const link of steps.terms) expect(new URL(link.url).protocol).toBe('https:');
  });

  it('matches its schema, and the schema turns away http and javascript: links', () => {
    const checked = IncidentSitesSchema.safeParse(INCIDENT_SITES);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    const generic = INCIDENT_SITES.generic;
    expect(IncidentSiteSchema.safeParse({ ...generic, terms: [{ title: 'Terms', url: 'http://example.org/terms' }] }).success).toBe(false);
    expect(IncidentSiteSchema.safeParse({ ...generic, terms: [{ title: 'Terms', url: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(IncidentSiteSchema.safeParse({ ...generic, block: [] }).success).toBe(false);
    expect(IncidentSitesSchema.safeParse({ facebook: INCIDENT_SITES.facebook }).success).toBe(false);
  });

  it('points to CEOP when a child is at risk, and to UK help over https', () => {
    expect(CEOP).toEqual({ title: 'CEOP Safety Centre', url: 'https://www.ceop.police.uk/safety-centre/' });
    expect(CEOP_WHEN).toMatch(/child/);
    for (const link of MORE_HELP) expect(link.url.startsWith('https://')).toBe(true);
  });
});
