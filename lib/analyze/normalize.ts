/**
 * Folding a draft into the form the detectors read, with an offset map back to
 * what the user typed, so every finding points at the original text.
 *
 * | step | turns | into |
 * |---|---|---|
 * | drop invisible | zero-width spaces/joiners, bidi controls, soft hyphen, variation selectors | (nothing) |
 * | NFKC + strip marks | `ｆｕｃｋ`, `𝐬𝐡𝐢𝐭`, `ﬁ`, `José`, `z̶a̶l̶g̶o̶` | `fuck`, `shit`, `fi`, `Jose`, `zalgo` |
 * | emoji letters | `🅵🆄🅲🅺`, `🇸🇭🇮🇹`, keycaps `0️⃣7️⃣` | `fuck`, `shit`, `07` |
 * | confusables | Cyrillic/Greek look-alikes (`Сhrist`, `ѕhit`), curly quotes, dashes | Latin, `'`, `-` |
 * | lowercase | `Christ` | `christ` (the `cased` view keeps case) |
 * | l33t inside words | `sh1t`, `b0ll0cks`, `Chr1st`, `5h1t` | `shit`, `bollocks`, `christ`, `shit` |
 * | spaced-out letters | `s h i t`, `f.u.c.k`, `s-h-i-t` | `shit`, `fuck` |
 *
 * It allows: digits outside words stay digits (`07700 900`, `10k`, `3pm`);
 * `@` before a handle; emoji stay (the sexual and commercial detectors read them).
 * Hashtags are split at case changes by the tokenizer, not here.
 */
export interface Normalized {
  readonly original: string;
  /** Folded text: lowercase, see the table above. */
  readonly text: string;
  /** The same characters as `text` with their case kept (same length). */
  readonly cased: string;
  /** For each UTF-16 index of `text`, where its source starts in `original`. */
  readonly starts: Int32Array;
  /** For each UTF-16 index of `text`, where its source ends in `original` (exclusive). */
  readonly ends: Int32Array;
}

// Invisible characters used to break up words: ZW space/non-joiner/joiner, LRM/RLM,
// bidi embeddings and isolates, word joiner and invisible operators, BOM, soft hyphen,
// Mongolian vowel separator, combining grapheme joiner, variation selectors.
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFE00-\uFE0F]/;
const MARKS = /[\p{Mn}\p{Me}]/gu;
const COMBINING = /^\p{M}$/u;

// Look-alikes that NFKC leaves alone (Unicode confusables.txt, the ones seen in
// obfuscated text), mapped to the Latin letter they imitate.
const CONFUSABLES: Record<string, string> = {
  'а': 'a', 'в': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j',
  'к': 'k', 'ӏ': 'l', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't',
  'ц': 'u', 'ѵ': 'v', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y', 'з': '3',
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M', 'О': 'O',
  'Р': 'P', 'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'У': 'Y',
  'α': 'a', 'β': 'b', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't',
  'υ': 'u', 'χ': 'x', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
  'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  'ɑ': 'a', 'ɡ': 'g', 'ı': 'i', 'ȷ': 'j', 'ℓ': 'l', 'ʏ': 'y',
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l' };

const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isLeet = (c: string | undefined) => c !== undefined && LEET[c] !== undefined;

/** Fold one code point; returns the replacement (possibly empty or several UTF-16 units). */
function foldCodePoint(cp: string): string {
  const code = cp.charCodeAt(0);
  if (code < 0x80) return cp;
  if (INVISIBLE.test(cp)) return '';
  const mapped = CONFUSABLES[cp];
  if (mapped !== undefined) return mapped;
  const emojiLetter = emojiLetterOf(cp);
  if (emojiLetter) return emojiLetter;
  // Surrogate pairs: emoji and astral letters (mathematical bold etc. fold under NFKC).
  let s = cp.normalize('NFKC');
  if (s.length === 1 && s === cp && code >= 0xd800) return cp;
  s = s.normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const ch of s) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/**
 * Letters drawn as emoji, which NFKC leaves alone: negative circled (🅕),
 * negative squared (🅵) and regional indicators (🇫). Keycaps (`7️⃣`) fold
 * through their enclosing mark, stripped above.
 */
function emojiLetterOf(cp: string): string | undefined {
  const c = cp.codePointAt(0)!;
  if (c >= 0x1f150 && c <= 0x1f169) return String.fromCharCode(65 + c - 0x1f150);
  if (c >= 0x1f170 && c <= 0x1f189) return String.fromCharCode(65 + c - 0x1f170);
  if (c >= 0x1f1e6 && c <= 0x1f1ff) return String.fromCharCode(65 + c - 0x1f1e6);
  return undefined;
}

// Plain ASCII with nothing to decode or join, numbers and all: most sentences typed (bench: half
// the time of an analysis was here). Each pattern is a superset of what the slow path would change.
const NEEDS_WORK = new RegExp(
  [
    '[^\\x00-\\x7f]', // anything to fold
    '[a-z][0-9@$!|]+[a-z]', // l33t inside a word: sh1t, Pa55word
    '[0-9@$!|][a-z]{2}|[0-9@$!|]{2}[a-z]', // l33t opening a word: 5hit, 3$it (also 3pm: harmless)
    '[a-z]0(?![a-z0-9@$!|])', // hell0
    '(?:^|[^a-z0-9])[a-z][ .\\-_*][a-z][ .\\-_*][a-z](?![a-z0-9])', // s h i t
  ].join('|'),
  'i',
);

export function normalize(original: string): Normalized {
  if (!NEEDS_WORK.test(original)) {
    const n = original.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { original, text: original.toLowerCase(), cased: original, starts, ends };
  }
  const cased: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII folds to itself: no slice, no lookup (most characters of a draft with an emoji in it).
      cased.push(original[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const len = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const cp = original.slice(i, i + len);
    const folded = foldCodePoint(cp);
    // A combining mark or variation selector folds to nothing but belongs to the
    // letter before it: stretch that letter's end over it, so a span never ends
    // between `k` and its accent (`fuck\u0301`), strike-through (`z̶a̶l̶g̶o̶`) or keycap (`7️⃣`).
    if (!folded && ends.length && ends[ends.length - 1] === i && COMBINING.test(cp)) {
      const from = starts[starts.length - 1]!;
      for (let k = ends.length - 1; k >= 0 && starts[k] === from; k--) ends[k] = i + len;
    }
    for (let k = 0; k < folded.length; k++) {
      cased.push(folded[k]!);
      starts.push(i);
      ends.push(i + len);
    }
    i += len;
  }
  const lower = cased.map((c) => {
    const l = c.toLowerCase();
    return l.length === 1 ? l : c;
  });
  decodeLeet(lower, cased);
  const keep = joinSpacedLetters(lower);
  if (keep) return build(original, lower, cased, starts, ends, keep);
  return {
    original,
    text: lower.join(''),
    cased: cased.join(''),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

function build(original: string, lower: string[], cased: string[], starts: number[], ends: number[], keep: Uint8Array): Normalized {
  const t: string[] = [], c: string[] = [], s: number[] = [], e: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (!keep[i]) continue;
    t.push(lower[i]!); c.push(cased[i]!); s.push(starts[i]!); e.push(ends[i]!);
  }
  return { original, text: t.join(''), cased: c.join(''), starts: Int32Array.from(s), ends: Int32Array.from(e) };
}

/**
 * l33t is decoded only inside word-like runs that have letters: a leet character
 * between two letters (`sh1t`, `b0ll0cks`, `Pa55word`), or at the start of a run
 * whose rest is 3+ letters (`5hit`). Runs without letters (`07700`, `2024`), short
 * mixes (`3pm`, `10k`, `6W`) and a trailing digit other than 0 (`NW3`, `Class3`)
 * stay as typed.
 */
function decodeLeet(lower: string[], cased: string[]): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(lower[i]) && !isLeet(lower[i]) && !(lower[i]! >= '0' && lower[i]! <= '9')) { i++; continue; }
    let j = i;
    let letters = 0, leet = 0, otherDigits = 0;
    while (j < n && (isLetter(lower[j]) || isLeet(lower[j]) || (lower[j]! >= '0' && lower[j]! <= '9'))) {
      if (isLetter(lower[j])) letters++;
      else if (isLeet(lower[j])) leet++;
      else otherDigits++;
      j++;
    }
    // An e-mail address or a handle keeps its @; a trailing ! is punctuation.
    if (letters >= 2 && leet > 0 && otherDigits === 0) {
      let firstLetter = i, lastLetter = j - 1;
      while (!isLetter(lower[firstLetter])) firstLetter++;
      while (!isLetter(lower[lastLetter])) lastLetter--;
      for (let k = i; k < j; k++) {
        const ch = lower[k]!;
        if (!isLeet(ch)) continue;
        // Interior: letters on both sides somewhere in the run (`sh1t`, `Pa55word`), so `wow!!` keeps its `!!`.
        // A digit at a camel-case seam is a digit (`#Class3Trip`).
        const seam = /[a-z]/.test(cased[k - 1] ?? '') && /[A-Z]/.test(cased[k + 1] ?? '');
        const interior = k > firstLetter && k < lastLetter && !seam;
        // A leading one (`5hit`, `$hit`); trailing, only an o (`hell0`): a trailing
        // digit is usually a digit (`NW3`, `Class3`).
        const edge = k === firstLetter - 1 || (k === lastLetter + 1 && k === j - 1 && ch === '0');
        const edgeOk = edge && j - i >= 4 && letters + leet === j - i && (ch !== '!' || k === i) && ch !== '@' && ch !== '|';
        if ((interior && (ch !== '@' || lower[j] !== '.')) || edgeOk) {
          lower[k] = LEET[ch]!;
          cased[k] = LEET[ch]!;
        }
      }
    }
    i = j;
  }
}

const SPACING = new Set([' ', '.', '-', '_', '*', '\u00B7']);

/**
 * `s h i t`, `f.u.c.k`: three or more single letters, each separated by one
 * spacing character, are joined. Returns which characters to keep, or null.
 */
function joinSpacedLetters(lower: string[]): Uint8Array | null {
  let keep: Uint8Array | null = null;
  const n = lower.length;
  const single = (k: number) => isLetter(lower[k]) && !isLetter(lower[k - 1]) && !isLetter(lower[k + 1]) && !isDigit(lower[k - 1]) && !isDigit(lower[k + 1]);
  let i = 0;
  while (i < n) {
    if (!single(i)) { i++; continue; }
    let count = 1;
    let k = i;
    // One separator throughout: `a s.h.i.t` joins `s.h.i.t`, not the article before it.
    const sep = lower[i + 1];
    while (k + 2 < n && lower[k + 1] === sep && SPACING.has(sep!) && single(k + 2)) { k += 2; count++; }
    if (count >= 3) {
      keep ??= new Uint8Array(n).fill(1);
      for (let m = i + 1; m < k; m += 2) keep[m] = 0;
      i = k + 1;
    } else {
      // The separator changed (`a s.h.i.t`): a run may start at the last letter.
      i = k > i ? k : i + 1;
    }
  }
  return keep;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Map a span of the folded text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start || start >= n.starts.length) return [n.original.length, n.original.length];
  return [n.starts[start]!, n.ends[Math.min(end, n.ends.length) - 1]!];
}
