import type { Normalized } from './normalize';

/**
 * Words of the folded text. Possessive `'s` is split off (`Zara's` -> `zara`,
 * poss), other contractions stay whole (`don't`, `i'll`). Hashtags and handles
 * are split at case changes (`#ChristChurchHampstead` -> christ church
 * hampstead, each tagged `#`). Each emoji is a token of its own. A masked word
 * keeps its asterisks (`f***`, `sh*t`) for the masked-word match.
 */
export interface Token {
  /** Folded text of the word. */
  readonly t: string;
  /** Start and end in the folded text. */
  readonly s: number;
  readonly e: number;
  /** Starts with a capital letter as typed. */
  readonly cap: boolean;
  /** Written in capitals as typed (2+ letters). */
  readonly upper: boolean;
  /** Part of a hashtag (`#`) or a handle (`@`). */
  readonly tag?: '#' | '@';
  /** Followed by a possessive `'s`. */
  readonly poss?: boolean;
  readonly emoji?: boolean;
  readonly num?: boolean;
  /** A letter three or more times in a row (`fuuuck`): worth a squeezed lookup. */
  readonly stretched?: boolean;
}

const WORD = /[\p{L}\p{N}_*]+(?:'[\p{L}]+)*|\p{Extended_Pictographic}/gu;
const CAMEL = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;

export function tokenize(n: Normalized): Token[] {
  const out: Token[] = [];
  const { text, cased } = n;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    const first = m[0].charCodeAt(0);
    if (first > 0x2000 && /\p{Extended_Pictographic}/u.test(m[0])) {
      out.push({ t: m[0], s, e, cap: false, upper: false, emoji: true });
      continue;
    }
    // Asterisks are kept only as a mask after a letter or two (`f***`, `sh*t`, `f**k`).
    while (s < e && text[s] === '*') s++;
    while (e > s && text[e - 1] === '*' && !/^[a-z]{1,2}\*+[a-z]*$/.test(text.slice(s, e))) e--;
    if (s >= e) continue;
    let poss = false;
    if (text.endsWith("'s", e) && e - s > 2 && !/^(it|that|what|there|here|he|she|who|let)'s$/.test(text.slice(s, e))) {
      e -= 2;
      poss = true;
    }
    const prev = text[s - 1];
    const tag = prev === '#' ? '#' : prev === '@' && !/[\p{L}\p{N}]/u.test(text[s - 2] ?? '') ? '@' : undefined;
    const word = cased.slice(s, e);
    if (tag && /[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]/.test(word)) {
      CAMEL.lastIndex = 0;
      for (let p = CAMEL.exec(word); p; p = CAMEL.exec(word)) {
        const ps = s + p.index;
        out.push(mk(text, cased, ps, ps + p[0].length, tag, false));
      }
      continue;
    }
    out.push(mk(text, cased, s, e, tag, poss));
  }
  return out;
}

function mk(text: string, cased: string, s: number, e: number, tag: '#' | '@' | undefined, poss: boolean): Token {
  const t = text.slice(s, e);
  const c = cased.slice(s, e);
  const c0 = c[0]!;
  const cap = c0 !== c0.toLowerCase();
  const upper = c.length >= 2 && c === c.toUpperCase() && c !== t;
  const tok: { -readonly [K in keyof Token]: Token[K] } = { t, s, e, cap, upper };
  if (tag) tok.tag = tag;
  if (poss) tok.poss = true;
  if (/^[0-9]+$/.test(t)) tok.num = true;
  if (isStretched(t)) tok.stretched = true;
  return tok;
}

/** Collapse runs of one letter (`fuuuuck` -> `fuck`), for stretched words. */
export function squeeze(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** True when a word has a letter written three or more times in a row. */
export function isStretched(word: string): boolean {
  return /([a-z])\1\1/.test(word);
}
