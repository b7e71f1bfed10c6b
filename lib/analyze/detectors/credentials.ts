import type { Lexicon } from '../lexicon';
import { findValue, gapBefore, type SecretValue } from '../secret-value';
import type { Candidate, ChunkContext, Detector, RuleConfig } from '../types';

/**
 * Passwords, PINs, wifi keys, log-ins and access codes actually given: a
 * keyword from lexicon `credentials` followed by a value (lib/analyze/secret-value.ts)
 * that looks like a secret. The value is marked; a username is marked only when a
 * password comes with it. Rule `credentials/password` reads `secret`, `secret-weak`
 * and `user` keywords, rule `credentials/access-code` reads `code` after an access
 * noun (door, alarm, photocopier...) and `access-direct` (key safe, padlock).
 *
 * | flags | allows |
 * |---|---|
 * | a password, passcode or PIN given after its keyword, plain, quoted or after a colon | talk about passwords with none given: forgotten, reset, a password manager |
 * | a wifi password or key given | asking for the wifi password; the wifi being down; a wifi standard in a product name |
 * | a username with a password beside it; logging in as an account with a password | logging in with a school account; saying what a login is like |
 * | a code after an access noun (door, gate, alarm, staffroom, reprographics) given as digits (`credentials/access-code`) | a promo code, dress code, postcode, code club |
 * | a key safe or padlock with its number (`credentials/access-code`); a PIN for a device (`credentials/password`) | a code with no access noun and no value; a PIN badge; a password rule (12 characters long) |
 * | | lists of the most common passwords (lexicon group `generic`) |
 *
 * Examples: rules/packs/rules/credentials.json, rules `credentials/password` and `credentials/access-code` (run by tests/rules/examples.test.ts).
 */
type Kind = 'secret' | 'secret-weak' | 'user' | 'code' | 'access-direct';
const KINDS: Record<string, readonly Kind[]> = {
  password: ['secret', 'secret-weak', 'user'],
  'access-code': ['code', 'access-direct'],
};
const SUFFIX = /(?:ing|ed|able|ible|ful|ous|less|ive|ly|ish)$/;
const MEASURE = /^[£$€]?\d+(?:[.,]\d+)?(?:p|k|m|g|x|s|am|pm|st|nd|rd|th|kg|mg|ml|cm|mm|km|mph|ghz|mbps|gb|mb|%)?$/i;

const notValue = (lex: Lexicon, word: string) =>
  lex.matchAt([{ t: word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''), s: 0, e: 0, cap: false, upper: false }], 0, 'not-value') !== undefined;

/** Whether a plain word reads as a value: not a common word, and the clause ends after it. */
function plainWordOk(ctx: ChunkContext, lex: Lexicon, v: SecretValue, core: string): boolean {
  if (core.length < 3 || notValue(lex, core)) return false;
  if (core === core.toLowerCase() && SUFFIX.test(core)) return false;
  const n = v.next;
  if (n >= ctx.tokens.length || ctx.tokens[n]!.emoji) return true;
  if (/[,.;!?()\u2013\u2014-]/.test(gapBefore(ctx, n))) return true;
  // "login: jsmith pw: ..." ends at the next keyword.
  return ['tail', 'secret', 'user'].some((g) => lex.matchAt(ctx.tokens, n, g) !== undefined);
}

/** Whether the value is a secret for that kind of keyword. */
function isSecret(ctx: ChunkContext, lex: Lexicon, kind: Kind, v: SecretValue): boolean {
  const core = v.text.replace(/!+$/, '');
  const numeric = /^\d+$/.test(core);
  if (numeric) {
    const unit = lex.matchAt(ctx.tokens, v.next, 'units');
    // "pin 2024 dates in the diary": a bare year is not a PIN unless it is given ("the code is 1987").
    const year = /^(?:19|20)\d\d$/.test(core);
    if (unit || core.length < 3 || ((core.length === 3 || year) && !v.explicit)) return false;
    return kind !== 'secret-weak' && kind !== 'user';
  }
  // "pins 10p each", "login 2x a day", "wifi: 5G": money, counts and measures, not secrets; "n/a", "none".
  if (MEASURE.test(core) || (!v.quoted && notValue(lex, core))) return false;
  const digit = /\d/.test(core);
  const strong = (digit && /\p{L}/u.test(core)) || /[^\p{L}\p{N}]/u.test(core) || /\p{Ll}\p{Lu}/u.test(core);
  if (kind === 'code' || kind === 'access-direct') return digit && (strong || v.quoted);
  if (kind === 'secret-weak') return v.explicit && (strong || v.quoted);
  if (strong || v.quoted) return !/^[\p{L}']+$/u.test(core) || plainWordOk(ctx, lex, v, core) || v.quoted;
  return v.explicit && plainWordOk(ctx, lex, v, core);
}

/** A `code` keyword counts only after an access noun ("door code", "the photocopier's code") or with one in its phrase. */
function accessBefore(ctx: ChunkContext, lex: Lexicon, i: number): boolean | 'never' {
  if (i > 0 && lex.matchAt(ctx.tokens, i - 1, 'not-code')) return 'never';
  for (let a = Math.max(0, i - 3); a < i; a++) {
    const m = lex.matchAt(ctx.tokens, a, 'access');
    if (m && m.j <= i) return true;
  }
  return false;
}

/**
 * "username jb_teach / Kittens99", "login is jsmith and Kittens99": the end of a
 * password given straight after a username, or -1. After a slash anything goes;
 * after `,`, `&` or `and` it must look like a password (letters and digits, or symbols).
 */
function pairedSecret(text: string, end: number): number {
  const m = /^\s*(\/|\||,|&|and\b)\s*([^\s]+)/i.exec(text.slice(end, end + 80));
  if (!m) return -1;
  const value = m[2]!.replace(/[.,;:)'"?]+$/, '');
  const strong = (/\d/.test(value) && /\p{L}/u.test(value)) || /[^\p{L}\p{N}!]/u.test(value);
  return value && (m[1] === '/' || m[1] === '|' || strong) ? end + m[0].indexOf(m[2]!) + value.length : -1;
}

export const credentials: Detector = {
  id: 'credentials',
  detect(ctx: ChunkContext, rule: RuleConfig): Candidate[] {
    const lex = ctx.lex('credentials');
    const kinds = KINDS[rule.id.split('/')[1] ?? ''] ?? [...KINDS.password!, ...KINDS['access-code']!];
    const { tokens } = ctx;
    // Most sentences name no credential at all: one memoised scan says so.
    if (!tokens.some((t) => kinds.some((k) => lex.mayStart(t, k)))) return [];
    const secrets: Candidate[] = [];
    const users: Candidate[] = [];
    // Plain words after a password keyword without "is" ("with password maths"): a secret only next to a username.
    const plain: Candidate[] = [];
    const mk = (start: number, end: number): Candidate => ({ category: rule.category, rule: rule.id, start, end, suggestion: '' });
    for (let i = 0; i < tokens.length; i++) {
      let m;
      for (const kind of kinds) if ((m = lex.matchAt(tokens, i, kind))) break;
      if (!m) continue;
      const kind = m.group as Kind;
      const access = kind === 'code' ? accessBefore(ctx, lex, i) : true;
      // "the most common passwords: 123456, qwerty" is a lesson, not a leak.
      // Only right before the keyword, or before a number that is ("top 10 passwords"): an e-mail's `example.com` is not.
      const generic = !!lex.matchAt(tokens, i - 1, 'generic') || (tokens[i - 1]?.num === true && !!lex.matchAt(tokens, i - 2, 'generic'));
      if (access === 'never' || generic) continue;
      const v = findValue(ctx, lex, m.j);
      if (!v || (!access && !v.access)) { i = m.j - 1; continue; }
      // "SIMS login jbrowne / Summer24": a plain username is a credential when a password is paired with it.
      if (kind === 'user' && /^[\p{L}\p{N}._-]{3,}$/u.test(v.text) && !notValue(lex, v.text)) {
        const pair = pairedSecret(ctx.text, v.end);
        if (pair > 0) {
          users.push(mk(v.start, v.end));
          secrets.push(mk(v.start, pair));
          i = Math.max(m.j, v.next) - 1;
          continue;
        }
      }
      if (!isSecret(ctx, lex, kind, v)) {
        if (kind === 'secret' && /^\p{L}+$/u.test(v.text) && plainWordOk(ctx, lex, v, v.text)) plain.push(mk(v.start, v.end));
        i = m.j - 1;
        continue;
      }
      if (kind !== 'user') secrets.push(mk(v.start, v.end));
      else {
        users.push(mk(v.start, v.end));
        const pair = pairedSecret(ctx.text, v.end);
        if (pair > 0 || /[/|]/.test(v.text)) secrets.push(mk(v.start, Math.max(pair, v.end)));
      }
      i = Math.max(m.j, v.next) - 1;
    }
    if (users.length) secrets.push(...plain);
    return secrets.length ? [...secrets, ...users] : [];
  },
};
