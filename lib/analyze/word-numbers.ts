import type { Token } from './tokens';

/**
 * Each distinct word gets a number, the same for every lexicon, so a lexicon
 * finds the phrases a word may start by array index instead of hashing the
 * word again: a sentence is read by about 18 lexicons (the built-in lists and
 * the profile's), and those hash lookups were a fifth of the analysis time
 * (33,000 a 10,000-character draft at 0.13 µs each; lexicon.ts `candidatesAt`).
 *
 * One slot, for the chunk being read (detectors run chunk by chunk, and token
 * arrays are never changed after tokenize). The numbering starts again past
 * `LIMIT` words, so it never grows without bound; `numbering()` then changes
 * and every lexicon drops what it kept by number.
 */
const LIMIT = 20000;
const numberOf = new Map<string, number>();
let generation = 0;
let numbered: readonly Token[] | undefined;
let numbers = new Int32Array(0);

/** The word numbers of a chunk's tokens, by token index. */
export function wordNumbers(tokens: readonly Token[]): Int32Array {
  if (tokens === numbered) return numbers;
  if (numberOf.size + tokens.length > LIMIT) {
    numberOf.clear();
    generation++;
  }
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.t;
    let n = numberOf.get(t);
    if (n === undefined) numberOf.set(t, (n = numberOf.size));
    out[i] = n;
  }
  numbered = tokens;
  numbers = out;
  return out;
}

/** Changes whenever the numbers start again: what was kept by number is then stale. */
export function numbering(): number {
  return generation;
}
