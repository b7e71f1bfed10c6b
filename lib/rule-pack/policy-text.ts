/**
 * Splits a school's policy, pasted as plain text or Markdown, into the sections
 * a pack carries ({ id, title, summary }), so findings can cite "section 5".
 * Policies copied out of Word look like "1. Introduction" / "5 Use of social
 * media outside school" / "Appendix A"; Markdown ones use "## 5 ...". Pure.
 */
export interface PolicySectionDraft {
  id: string;
  title: string;
  summary: string;
}

export interface SplitPolicy {
  /** The document's own title: a lone top-level Markdown heading, or the first line before any section. */
  title?: string;
  sections: PolicySectionDraft[];
  /** Sections found with no text under them: named by line, so the author can fill them in. */
  warnings: { line: number; message: string }[];
}

interface Heading {
  line: number;
  level: number;
  number?: string;
  title: string;
}

const MARKDOWN = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "1. Introduction", "5 Use of social media", "Section 5: ...", "5) ..."; not "5.1 ..." (a subsection stays in its section's text). */
const NUMBERED = /^(?:section\s+)?(\d{1,2})(?:[.):]|\s+[-–—])?\s+(\S.*)$/i;
const APPENDIX = /^(appendix|annex|schedule)\s+([A-Z0-9]{1,3})\b[\s.:)–—-]*(.*)$/i;
const NUMBER_PREFIX = /^(?:section\s+)?(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/i;

/** A list item ("1. Staff must not accept friend requests from pupils.") reads as a sentence; a heading doesn't. */
const looksLikeHeading = (title: string) => title.length <= 90 && !/[.;,:]$/.test(title);

function plainHeading(text: string, line: number, after: number | undefined): Heading | undefined {
  const [, kind = '', label = '', rest = ''] = APPENDIX.exec(text) ?? [];
  if (kind && looksLikeHeading(text)) {
    const name = `${kind.slice(0, 1).toUpperCase()}${kind.slice(1).toLowerCase()} ${label.toUpperCase()}`;
    return { line, level: 1, number: name, title: rest.trim() || name };
  }
  const [, number = '', title = ''] = NUMBERED.exec(text) ?? [];
  if (!number || !looksLikeHeading(title)) return undefined;
  // Numbers only go up (an excerpt may skip some): a numbered list inside a section restarts at 1.
  if (after !== undefined && Number(number) <= after) return undefined;
  return { line, level: 1, number, title: title.trim() };
}

function markdownHeading(text: string, line: number): Heading | undefined {
  const [, hashes = '', heading = ''] = MARKDOWN.exec(text) ?? [];
  if (!hashes) return undefined;
  const level = hashes.length;
  const inner = heading.replace(/^\*\*(.*)\*\*$/, '$1');
  const appendix = APPENDIX.test(inner) ? plainHeading(inner, line, undefined) : undefined;
  if (appendix) return { ...appendix, level };
  const [, number, title] = NUMBER_PREFIX.exec(inner) ?? [];
  return number && title ? { line, level, number, title } : { line, level, title: inner };
}

function findHeadings(lines: string[]): { headings: Heading[]; title?: Heading } {
  const markdown = lines.map((l, i) => markdownHeading(l.trim(), i + 1)).filter((h) => h !== undefined);
  if (markdown.length > 0) {
    // A single shallowest heading that comes first is the document's title, not a section.
    const top = Math.min(...markdown.map((h) => h.level));
    const atTop = markdown.filter((h) => h.level === top);
    const first = markdown[0]!;
    const titled = atTop.length === 1 && first.level === top && markdown.length > 1;
    const level = titled ? Math.min(...markdown.slice(1).map((h) => h.level)) : top;
    return { headings: markdown.filter((h) => h.level === level && h !== (titled ? first : undefined)), title: titled ? first : undefined };
  }
  const headings: Heading[] = [];
  lines.forEach((l, i) => {
    const last = headings.at(-1)?.number;
    const after = last === undefined || !/^\d+$/.test(last) ? undefined : Number(last);
    const h = plainHeading(l.trim(), i + 1, after);
    // Once appendices start, numbered lines belong to them.
    if (h && !(last && !/^\d+$/.test(last) && h.number && /^\d+$/.test(h.number))) headings.push(h);
  });
  return { headings };
}

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';

/** Paragraphs kept, lines inside them trimmed, runs of blank lines collapsed. */
function bodyOf(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function splitPolicyText(input: string): SplitPolicy {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { headings, title } = findHeadings(lines);
  const warnings: SplitPolicy['warnings'] = [];
  const used = new Set<string>();
  const sections: PolicySectionDraft[] = [];
  const firstLine = headings[0]?.line ?? lines.length + 1;
  const before = lines.slice(title ? title.line : 0, firstLine - 1);
  const preamble = bodyOf(before);
  let docTitle = title?.title;
  let intro = preamble;
  if (!docTitle && preamble) {
    // Word documents start with the title on a line of its own.
    const [head = '', ...rest] = preamble.split('\n');
    [docTitle, intro] = [head, bodyOf(rest)];
  }
  if (intro) {
    sections.push({ id: 'preamble', title: 'Preamble', summary: intro });
    used.add('preamble');
  }
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.line ?? lines.length + 1;
    let id = h.number ? (/^\d/.test(h.number) ? h.number : slug(h.number)) : slug(h.title);
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    const summary = bodyOf(lines.slice(h.line, end - 1));
    if (!summary) warnings.push({ line: h.line, message: `section "${h.title}" has no text under it` });
    sections.push({ id, title: h.title, summary });
  });
  return { ...(docTitle ? { title: docTitle } : {}), sections, warnings };
}
