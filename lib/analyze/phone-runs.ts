/**
 * Runs of digit groups in the text as typed, the raw material of the phone
 * detector. A run is an optional `+`, then groups of digits (the letter O
 * counts as a zero inside a group that has a real digit: `O77OO 9OO 123`),
 * each group optionally in brackets, separated by up to three spaces and at
 * most one `-` or `.` (`07700-900-789`, `07700.900.123`, `0 1 1 3 4 ...`).
 *
 * | makes a run | does not |
 * |---|---|
 * | `07700 900123`, `(020) 7946 0018`, `+44 (0)7700 900456` | `BA2490`, `3pm` (glued to letters: no run) |
 * | `114-2290871-5521` (a run; the detector rejects it) | `12/06/2024`, `7:30`, `£3,000`, `#4471` (other separators or prefixes end or skip it) |
 *
 * Linear: every character is read a bounded number of times; no regex.
 */
export interface Group {
  /** Original offsets of the group, brackets included. */
  readonly s: number;
  readonly e: number;
  readonly digits: string;
  readonly bracketed: boolean;
  /** The separator before this group: '' (first), ' ', '-' or '.'. */
  readonly sep: string;
}

export interface DigitRun {
  readonly start: number;
  readonly end: number;
  readonly plus: boolean;
  readonly groups: readonly Group[];
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isO = (c: string | undefined) => c === 'O' || c === 'o';
const WORD = /[\p{L}\p{N}_]/u;
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return WORD.test(c);
}
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00A0';
// A run may not follow these: money (£3,000), a tag (#4471), part of a date, decimal or URL.
// (A colon may: `Tel:07700 900123`; the minutes of a time are too short to pass.)
const BAD_BEFORE = new Set(['£', '$', '€', '#', '.', ',', '@', '=', '&', '-', '_', '\\', '%']);
// Nor be followed by these (a percentage, money, an address); nor by `,` `.` `:` and a digit (1,500; 3.5; 7:30).
// Slashes are fine between numbers (`07700 900123/020 7946 0018`); a date's parts are too short anyway.
const BAD_AFTER = new Set(['%', '£', '$', '€', '@', '_', '\\']);

/** Read one group at `k` (with its brackets), or null when there is none. */
function readGroup(text: string, k: number): { s: number; e: number; digits: string; bracketed: boolean } | null {
  const s = k;
  const open = text[k] === '(';
  if (open) k++;
  let digits = '';
  let real = false;
  while (k < text.length && (isDigit(text[k]) || isO(text[k]))) {
    if (isDigit(text[k])) real = true;
    digits += isO(text[k]) ? '0' : text[k];
    k++;
  }
  if (!digits || isWordChar(text[k])) return null;
  // A group of Os alone is a word ("oo", "o"), unless it is at least two long inside a run.
  if (!real && digits.length < 2) return null;
  if (open) {
    if (text[k] !== ')') return null;
    k++;
  }
  return { s, e: k, digits, bracketed: open };
}

function readRun(text: string, i: number): { run: DigitRun | null; next: number } {
  let k = i;
  const plus = text[k] === '+';
  if (plus) {
    k++;
    if (isSpace(text[k])) k++;
  }
  const groups: Group[] = [];
  let sep = '';
  for (;;) {
    const g = readGroup(text, k);
    if (!g) break;
    if (groups.length === 0 && !/[0-9]/.test(text.slice(g.s, g.e))) break;
    groups.push({ s: g.s, e: g.e, digits: g.digits, bracketed: g.bracketed, sep });
    k = g.e;
    // Separator: spaces, at most one '-' or '.', spaces.
    let m = k;
    let spaces = 0;
    while (isSpace(text[m]) && spaces < 3) { m++; spaces++; }
    let mark = '';
    if (text[m] === '-' || text[m] === '.' || text[m] === '\u2013') { mark = text[m] === '.' ? '.' : '-'; m++; }
    while (isSpace(text[m]) && spaces < 4) { m++; spaces++; }
    // No separator is needed after a bracketed group: `+44 (0)7700`, `(020)7946`.
    if ((m === k && !g.bracketed) || !(isDigit(text[m]) || isO(text[m]) || text[m] === '(')) break;
    sep = mark || ' ';
    k = m;
  }
  if (groups.length === 0) return { run: null, next: i + 1 };
  const end = groups[groups.length - 1]!.e;
  const after = text[end];
  const glued = isWordChar(after) || BAD_AFTER.has(after ?? '') || ((after === '.' || after === ',' || after === ':') && isDigit(text[end + 1]));
  return { run: glued ? null : { start: i, end, plus, groups }, next: end };
}

/** Every digit run in `text`, in order. */
export function digitRuns(text: string): DigitRun[] {
  const out: DigitRun[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    const starts = isDigit(c) || (c === '+' && (isDigit(text[i + 1]) || isSpace(text[i + 1]))) || c === '(' || isO(c);
    const before = text[i - 1];
    // A slash after a word is a URL path (`site.com/07700...`).
    const bad = before !== undefined && (isWordChar(before) || BAD_BEFORE.has(before) || (before === '/' && /[\p{L}/]/u.test(text[i - 2] ?? '')));
    if (!starts || bad) { i++; continue; }
    const { run, next } = readRun(text, i);
    if (run) out.push(run);
    i = Math.max(next, i + 1);
  }
  return out;
}
