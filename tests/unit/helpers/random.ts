/**
 * Seeded random text for the fuzz and property tests: the same seed gives the
 * same string, so a failure message that names the seed can be replayed.
 */

/** mulberry32: a tiny 32-bit PRNG. Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const int = (rng: Rng, n: number) => Math.floor(rng() * n);
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;
const range = (rng: Rng, lo: number, hi: number) => String.fromCharCode(lo + int(rng, hi - lo + 1));

/** Kinds of material a piece of fuzz text is drawn from, each a generator. */
const PIECES: ReadonlyArray<(rng: Rng) => string> = [
  // ASCII words, digits, punctuation, whitespace
  (r) => pick(r, ['the', 'Mr.', 'e.g.', 'Year 6', '3pm', '07700 900123', '£3.50', 'x', 'I', "don't", "Zara's", 'it\'s']),
  (r) => range(r, 0x21, 0x7e),
  (r) => pick(r, [' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '. ', '! ', '? ', '... ', '\u2026 ', '"', "'", '(', ')']),
  (r) => String(int(r, 100000)),
  // words the detectors and the folding react to, and their disguises
  (r) => pick(r, ['fuck', 'sh1t', 'b0ll0cks', 's h i t', 'f.u.c.k', 'f***', 'sh*t', 'fuuuuck', 'FFS', 'pissed off', 'Scunthorpe', '5hit', '@', '$', '!', '|', '*', '**']),
  (r) => pick(r, ['#ChristChurchHampstead', '@ChristChurchNW3', 'Christ Church School', 'Hampstead', 'NW3 1JH', 'christchurchschool.co.uk', '#TeacherLife', '@a', '#']),
  // surrogates: paired (astral letters, emoji), lone high, lone low, reversed pair
  (r) => pick(r, ['\uD835\uDC2C', '\uD835\uDC21', '\uD83D\uDE00', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDE00\uD83D', '\uD83D']),
  // emoji: ZWJ sequences, skin tones, flags, keycaps, variation selectors
  (r) => pick(r, ['👩\u200D👩\u200D👧', '👍🏿', '👏🏽', '🇬🇧', '1\uFE0F\u20E3', '❤\uFE0F', '🏳\uFE0F\u200D🌈', '🤦🏻\u200D♀\uFE0F', '🍆', '💦', '🔞']),
  // RTL text and bidi controls
  (r) => pick(r, ['שלום', 'مرحبا', '\u202E', '\u202D', '\u202A', '\u202C', '\u2066', '\u2067', '\u2069', '\u200E', '\u200F', '\u061C']),
  // combining marks, alone and stacked (zalgo, strike-through)
  (r) => pick(r, ['\u0301', '\u0336', 'e\u0301', 'z\u0336a\u0336', 'a\u0300\u0301\u0302\u0303\u0304', '\u20E3', '\u0345']),
  // zero-width and other invisibles
  (r) => pick(r, ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E', '\uFE0F']),
  // fullwidth, compatibility forms that NFKC expands, odd case mappings
  (r) => range(r, 0xff01, 0xff5e),
  (r) => pick(r, ['ｆｕｃｋ', 'ﬁ', 'ﬄ', '\uFDFA', '\uFDFD', '㍿', 'ǅ', 'İ', 'ß', 'ẞ', 'Ω', '½', '¹', '①', 'ⓕ', '\u1E9E']),
  // confusables: Cyrillic and Greek look-alikes, curly quotes, dashes, odd spaces
  (r) => pick(r, ['Сhrist', 'ѕhit', 'fцck', 'а', 'е', 'о', 'с', 'р', 'α', 'ο', '\u2019', '\u201C', '\u2014', '\u00A0', '\u202F', '\u2028', '\u2029']),
  // any BMP code point, and any code point at all
  (r) => String.fromCharCode(int(r, 0x10000)),
  (r) => String.fromCodePoint(int(r, 0x110000)),
];

/** A random string of about `pieces` pieces, mixing every kind above. */
export function fuzzText(rng: Rng, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += pick(rng, PIECES)(rng);
  return s;
}

/** Whether index `i` of `s` falls between the two halves of a surrogate pair. */
export function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const hi = s.charCodeAt(i - 1), lo = s.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** A short, printable description of a failing input for an assertion message. */
export const show = (seed: number, s: string) => `seed ${seed}: ${JSON.stringify(s.length > 300 ? s.slice(0, 300) + '…' : s)}`;
