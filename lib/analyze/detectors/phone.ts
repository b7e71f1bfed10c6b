import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { digitRuns, type DigitRun } from '../phone-runs';
import { spokenRuns } from '../phone-words';
import type { Candidate, ChunkContext, Detector, RuleConfig } from '../types';

/**
 * Personal phone numbers in any UK format, and other countries' numbers written
 * with `+CC`, checked with libphonenumber (default region GB). Ofcom's drama
 * ranges (07700 900xxx, 020 7946 0xxx) are not "valid" there but are phone-shaped,
 * so a GB number also counts when it is possible and starts like a real one
 * (mobile 7, geographic 1/2, non-geographic 3); 08/09 numbers belong to businesses.
 *
 * | flags | allows |
 * |---|---|
 * | a UK number spaced, hyphenated, dotted or run together, with the area code in brackets or not | order numbers, flight numbers, dates and times |
 * | `+44` numbers, also with `(0)`; other countries' numbers with their `+CC` | sums of money, scores, years, bus numbers, emergency numbers (999, 111), race times |
 * | digits spaced one by one; letter O for zero | freephone numbers (0800); long decimals |
 * | a number in words (oh one one three...); a WhatsApp link (`wa.me/`) | a number after `order`, `ref`, `ISBN`, `account` (lexicon `phone`, group `not-phone`) |
 *
 * Examples: rules/packs/rules/contact-details.json, rule `contact-details/phone` (run by tests/rules/examples.test.ts).
 */
const WA_ME = /\bwa\.me\/(\d{8,15})\b/gi;

// libphonenumber's parse costs ~0.1 ms; a long run of digit groups asks about the same strings again.
const seen = new Map<string, boolean>();

export function isPhone(written: string): boolean {
  let hit = seen.get(written);
  if (hit === undefined) {
    hit = checkPhone(written);
    if (seen.size >= 500) seen.clear();
    seen.set(written, hit);
  }
  return hit;
}

function checkPhone(written: string): boolean {
  const s = written.startsWith('00') ? `+${written.slice(2)}` : written;
  // Cheap checks first: a GB number starts 01, 02, 03 or 07; a country code never starts with 0.
  if (s[0] === '0' ? !/^0[1237]/.test(s) : s[0] !== '+' || s[1] === '0') return false;
  const len = s.length - (s[0] === '+' ? 1 : 0);
  if (s[0] === '0' ? len < 10 || len > 11 : len < 8 || len > 15) return false;
  const n = parsePhoneNumberFromString(s, 'GB');
  if (!n) return false;
  if (n.countryCallingCode === '44') {
    const nn = n.nationalNumber;
    if (!/^[1237]/.test(nn)) return false;
    return n.isValid() || (n.isPossible() && nn.length === 10);
  }
  return s[0] === '+' && n.isValid();
}

/** Digits of groups a..b-1 of a run, or null when the groups do not read as one number. */
function groupDigits(run: DigitRun, a: number, b: number): string | null {
  const g = run.groups;
  // A number cut out of a longer run must be cut at spaces, never inside `114-2290871-5521`.
  if ((a > 0 && g[a]!.sep !== ' ') || (b < g.length && g[b]!.sep !== ' ')) return null;
  let digits = a === 0 && run.plus ? '+' : '';
  let dots = false;
  let short = false;
  for (let k = a; k < b; k++) {
    if (k > a && g[k]!.sep === '.') dots = true;
    if (g[k]!.digits.length < 3 && !(k === 0 && run.plus)) short = true;
    digits += g[k]!.digits;
  }
  // Dots between groups make a number only when every group is 3+ long (not a decimal: 0.0012).
  return dots && short ? null : digits;
}

/** Whether a not-phone word (order, ref, ISBN...) is among the three tokens before `start`. */
function afterNotPhoneWord(ctx: ChunkContext, start: number): boolean {
  const { tokens, norm } = ctx;
  let k = 0;
  while (k < tokens.length && norm.starts[tokens[k]!.s]! < start) k++;
  for (let i = Math.max(0, k - 3); i < k; i++) {
    const m = ctx.lex('phone').matchAt(tokens, i, 'not-phone');
    if (m && m.j <= k) return true;
  }
  return false;
}

/**
 * Longest numbers first from each start: `call 07700 900123 or 07700 900456` gives two.
 * Only spans of 8 to 16 digits are tried, so a long run of digits costs linear time.
 */
function pick(sizes: readonly number[], test: (a: number, b: number, len: number) => boolean, found: (a: number, b: number) => void): void {
  for (let a = 0; a < sizes.length; a++) {
    let len = 0;
    let last = a;
    while (last < sizes.length && len + sizes[last]! <= 16) len += sizes[last++]!;
    for (let b = last; b > a; b--, len -= sizes[b]!) {
      if (len >= 8 && test(a, b, len)) { found(a, b); a = b - 1; break; }
    }
  }
}

export const phone: Detector = {
  id: 'phone',
  detect(ctx: ChunkContext, rule: RuleConfig): Candidate[] {
    const out: Candidate[] = [];
    const add = (start: number, end: number) => {
      if (!afterNotPhoneWord(ctx, start)) out.push({ category: rule.category, rule: rule.id, start, end, suggestion: '' });
    };
    // A phone number needs seven digits at least, typed or spoken: most sentences have none.
    const typed = (ctx.text.match(/[0-9oO]/g)?.length ?? 0) >= 7;
    for (const run of typed ? digitRuns(ctx.text) : []) {
      const g = run.groups;
      pick(g.map((x) => x.digits.length), (a, b, len) => {
        // Written nationally (0...) a number has 10 or 11 digits: skip the rest without building them.
        if ((len < 10 || len > 11) && !(a === 0 && run.plus) && !g[a]!.digits.startsWith('00')) return false;
        const d = groupDigits(run, a, b);
        return d !== null && isPhone(d);
      }, (a, b) => add(a === 0 ? run.start : g[a]!.s, g[b - 1]!.e));
    }
    // WhatsApp click-to-chat links carry the number without its +: wa.me/447700900123.
    for (const m of ctx.text.matchAll(WA_ME)) {
      if (isPhone(`+${m[1]}`)) add(m.index, m.index + m[0].length);
    }
    for (const run of ctx.tokens.length >= 7 ? spokenRuns(ctx) : []) {
      pick(run.digits.map((d) => d.replace('+', '').length), (a, b, len) => {
        if ((len < 10 || len > 11) && run.digits[a] !== '+') return false;
        return isPhone(run.digits.slice(a, b).join(''));
      }, (a, b) => {
        const [start, end] = ctx.span(run.tokens[a]!, run.tokens[b - 1]! + 1);
        add(start, end);
      });
    }
    return out;
  },
};
