import { nounForms, verbForms } from './inflect';
import { normalize } from './normalize';
import { squeeze, tokenize, type Token } from './tokens';
import { numbering, wordNumbers } from './word-numbers';

/**
 * Phrase lists (the words live in rules/lexicons/*.json) compiled for a fast
 * scan over tokens. Phrase syntax, one phrase a string, tokens split by spaces:
 *
 * | part | matches |
 * |---|---|
 * | `word` | that word; also stretched (`fuuuck` for `fuck`) and, where the lexicon allows, masked (`f***`) |
 * | `word*` | any word starting with `word` |
 * | `#` | a number |
 * | `_` | any one word |
 * | `...` | zero to three words |
 *
 * A phrase belongs to a group (the key it is listed under), which the detector reads.
 */
export interface LexiconData {
  [group: string]: string[];
}

type Part =
  | { k: 'w'; w: string }
  | { k: 'p'; w: string }
  | { k: 'n' }
  | { k: 'a' }
  | { k: 'g' };

interface Phrase {
  readonly parts: Part[];
  readonly group: string;
  readonly text: string;
}

export interface LexMatch {
  /** First token and one past the last token. */
  readonly i: number;
  readonly j: number;
  readonly group: string;
  readonly phrase: string;
}

export interface Lexicon {
  readonly size: number;
  /** All matches, longest first at each start, in token order. */
  scan(tokens: readonly Token[], from?: number, to?: number): LexMatch[];
  /** The longest match of each group at each start, by group, in token order: one pass for every group. */
  scanByGroup(tokens: readonly Token[]): ReadonlyMap<string, readonly LexMatch[]>;
  /** Whether the token at `i` starts a phrase of `group` (or any group). */
  matchAt(tokens: readonly Token[], i: number, group?: string): LexMatch | undefined;
  /** Whether some phrase of `group` could start at this token (its first word fits): a cheap pre-check. */
  mayStart(tok: Token, group: string): boolean;
}

export interface LexiconOptions {
  /** Also match masked spellings (`f***`). */
  masked?: boolean;
  /** Groups whose phrases start with a verb: also match its other forms (`stab` -> `stabbed`, `stabbing`). */
  inflect?: readonly string[];
  /** Verbs of those groups left as written (`hang`: "hanging out" is not a threat). */
  keepForms?: readonly string[];
  /** Groups whose phrases end with a noun: also match its plural (`dinner lady` -> `dinner ladies`). */
  plural?: readonly string[];
}

export function compileLexicon(data: LexiconData, options: LexiconOptions = {}): Lexicon {
  const byWord = new Map<string, Phrase[]>();
  const byPrefix = new Map<string, Phrase[]>();
  const anyStart: Phrase[] = [];
  const masked = new Map<number, Phrase[]>();
  let size = 0;
  let shortPrefix = false;
  const push = <K>(map: Map<K, Phrase[]>, key: K, p: Phrase) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  const keep = new Set(options.keepForms ?? []);
  for (const [group, phrases] of Object.entries(data)) {
    const inflect = options.inflect?.includes(group);
    const plural = options.plural?.includes(group);
    const seen = new Set<string>();
    for (const written of phrases) {
      const [head, ...rest] = written.trim().toLowerCase().split(/\s+/);
      const heads = inflect && head && !keep.has(head) ? verbForms(head) : [head!];
      for (const text of heads.map((h) => [h, ...rest].join(' '))) {
        const words = text.split(' ');
        const lasts = plural ? nounForms(words[words.length - 1]!) : [words[words.length - 1]!];
        for (const last of lasts) {
          const form = [...words.slice(0, -1), last].join(' ');
          // A list that names both forms (or a verb whose -s form is a listed word) adds each once.
          if (!seen.has(form)) addPhrase(group, form);
          seen.add(form);
        }
      }
    }
  }
  function addPhrase(group: string, text: string): void {
    {
      const parts = text.split(/\s+/).flatMap(parsePart);
      if (!parts.length) return;
      const p: Phrase = { parts, group, text };
      const first = parts[0]!;
      size++;
      if (first.k === 'w') {
        push(byWord, first.w, p);
        const sq = squeeze(first.w);
        if (sq !== first.w) push(byWord, sq, p);
        if (options.masked) push(masked, first.w.length, p);
      } else if (first.k === 'p') {
        // Keyed by the first two letters; a one-letter prefix (`f*`) by its letter.
        push(byPrefix, first.w.slice(0, 2), p);
        if (first.w.length === 1) shortPrefix = true;
      }
      else anyStart.push(p);
    }
  }

  const wordEq = (w: string, tok: Token): boolean => {
    const t = tok.t;
    if (t === w) return true;
    if (tok.stretched && squeeze(t) === squeeze(w)) return true;
    if (options.masked && t.includes('*') && t.length === w.length && t[0] === w[0]) {
      for (let k = 1; k < t.length; k++) if (t[k] !== '*' && t[k] !== w[k]) return false;
      return true;
    }
    return false;
  };
  const partEq = (part: Part, tok: Token): boolean => {
    switch (part.k) {
      case 'w': return wordEq(part.w, tok);
      case 'p': return tok.t.startsWith(part.w) && !tok.emoji;
      case 'n': return tok.num === true;
      default: return !tok.emoji;
    }
  };
  // A phrase found by its first word (the common case) already matches there: start at its second part.
  const matchPhrase = (p: Phrase, tokens: readonly Token[], i: number, to: number): number => {
    const first = p.parts[0]!;
    return first.k === 'w' && first.w === tokens[i]!.t ? matchFrom(p.parts, 1, tokens, i + 1, to) : matchFrom(p.parts, 0, tokens, i, to);
  };
  // Returns the end token (exclusive) of a match of parts[pi..] at tokens[ti], or -1.
  const matchFrom = (parts: Part[], pi: number, tokens: readonly Token[], ti: number, to: number): number => {
    if (pi === parts.length) return ti;
    const part = parts[pi]!;
    if (part.k === 'g') {
      for (let skip = 0; skip <= 3 && ti + skip <= to; skip++) {
        const end = matchFrom(parts, pi + 1, tokens, ti + skip, to);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (ti >= to || !partEq(part, tokens[ti]!)) return -1;
    return matchFrom(parts, pi + 1, tokens, ti + 1, to);
  };
  // The phrases that may start at a word depend on its text alone: worked out once per distinct word.
  const NONE: Phrase[] = [];
  const seen = new Map<string, Phrase[]>();
  const candidates = (tok: Token): Phrase[] => {
    const hit = seen.get(tok.t);
    if (hit) return hit;
    let out: Phrase[] = [];
    const exact = byWord.get(tok.t);
    if (exact) out.push(...exact);
    if (tok.stretched) {
      const sq = byWord.get(squeeze(tok.t));
      if (sq) out.push(...sq);
    }
    if (options.masked && tok.t.includes('*')) {
      const m = masked.get(tok.t.length);
      if (m) out.push(...m);
    }
    const pre = byPrefix.get(tok.t.slice(0, 2));
    if (pre) out.push(...pre);
    if (shortPrefix && tok.t.length > 1) {
      const pre1 = byPrefix.get(tok.t[0]!);
      if (pre1) out.push(...pre1);
    }
    if (anyStart.length) out.push(...anyStart);
    if (!out.length) out = NONE;
    if (seen.size >= 20000) seen.clear();
    seen.set(tok.t, out);
    return out;
  };
  // The same, for one group: detectors mostly ask "does a phrase of this group start here?".
  const seenInGroup = new Map<string, Map<string, Phrase[]>>();
  const candidatesIn = (tok: Token, group: string): Phrase[] => {
    let byWord = seenInGroup.get(group);
    if (!byWord) seenInGroup.set(group, (byWord = new Map()));
    let hit = byWord.get(tok.t);
    if (!hit) {
      hit = candidates(tok).filter((p) => p.group === group);
      if (!hit.length) hit = NONE;
      if (byWord.size >= 20000) byWord.clear();
      byWord.set(tok.t, hit);
    }
    return hit;
  };
  const best = (tokens: readonly Token[], i: number, to: number, group?: string): LexMatch | undefined => {
    let found: LexMatch | undefined;
    for (const p of group === undefined ? candidates(tokens[i]!) : candidatesIn(tokens[i]!, group)) {
      const end = matchPhrase(p, tokens, i, to);
      if (end > i && (!found || end > found.j)) found = { i, j: end, group: p.group, phrase: p.text };
    }
    return found;
  };
  // Every match at each start of one chunk's tokens, worked out once on first request: the
  // detectors of a sentence ask one lexicon about the same words many times (a 10,000-character
  // draft made 10 group lookups per token, each matching its phrases again). With the word numbers
  // below, `npm run bench` at the same load: warm 10,000 big 23.4 -> 15.3 ms, small 20.4 -> 13.0 ms.
  // One slot, for the chunk being read: detectors run chunk by chunk, and token arrays are never
  // changed after tokenize. Short arrays (the one-word checks) skip it: nothing to share.
  // The phrases a word may start, by its number (word-numbers.ts): an array read, not a hash lookup.
  let byNumber: (Phrase[] | undefined)[] = [];
  let byNumberOf = -1;
  const candidatesAt = (tokens: readonly Token[], i: number): Phrase[] => {
    const n = wordNumbers(tokens)[i]!;
    if (byNumberOf !== numbering()) {
      byNumber = [];
      byNumberOf = numbering();
    }
    let found = byNumber[n];
    if (found === undefined) {
      // Filled in order so the array stays dense (a far index would turn it into a dictionary).
      while (byNumber.length < n) byNumber.push(undefined);
      byNumber[n] = found = candidates(tokens[i]!);
    }
    return found;
  };
  let chunk: readonly Token[] | undefined;
  let atStart: (readonly LexMatch[] | undefined)[] = [];
  const NO_MATCH: readonly LexMatch[] = [];
  const shared = (tokens: readonly Token[]) => tokens.length > 2;
  const matchesAt = (tokens: readonly Token[], i: number): readonly LexMatch[] => {
    if (shared(tokens)) {
      if (tokens !== chunk) {
        chunk = tokens;
        atStart = new Array(tokens.length);
      }
      const hit = atStart[i];
      if (hit !== undefined) return hit;
    }
    let list: LexMatch[] | undefined;
    for (const p of shared(tokens) ? candidatesAt(tokens, i) : candidates(tokens[i]!)) {
      const end = matchPhrase(p, tokens, i, tokens.length);
      if (end > i) (list ??= []).push({ i, j: end, group: p.group, phrase: p.text });
    }
    if (shared(tokens)) atStart[i] = list ?? NO_MATCH;
    return list ?? NO_MATCH;
  };
  // The same choice as `best` (candidates in order, the first of the longest), read from the table.
  const bestShared = (tokens: readonly Token[], i: number, group?: string): LexMatch | undefined => {
    let found: LexMatch | undefined;
    for (const m of matchesAt(tokens, i)) if ((group === undefined || m.group === group) && (!found || m.j > found.j)) found = m;
    return found;
  };
  return {
    size,
    mayStart: (tok, group) => candidatesIn(tok, group).length > 0,
    matchAt: (tokens, i, group) =>
      i >= 0 && i < tokens.length ? (shared(tokens) ? bestShared(tokens, i, group) : best(tokens, i, tokens.length, group)) : undefined,
    scanByGroup(tokens) {
      const out = new Map<string, LexMatch[]>();
      const here: LexMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const found = matchesAt(tokens, i);
        if (!found.length) continue;
        // The longest of each group, the first listed on a tie.
        here.length = 0;
        for (const m of found) {
          const k = here.findIndex((h) => h.group === m.group);
          if (k < 0) here.push(m);
          else if (m.j > here[k]!.j) here[k] = m;
        }
        for (const m of here) {
          const list = out.get(m.group);
          if (list) list.push(m);
          else out.set(m.group, [m]);
        }
      }
      return out;
    },
    scan(tokens, from = 0, to = tokens.length) {
      const out: LexMatch[] = [];
      const whole = to === tokens.length && shared(tokens);
      for (let i = from; i < to; i++) {
        const m = whole ? bestShared(tokens, i) : best(tokens, i, to);
        if (m) out.push(m);
      }
      return out;
    },
  };
}

/** Words are folded exactly as drafts are, so `e-mail` matches as `e mail` and `parents'` as `parents`. */
function parsePart(w: string): Part[] {
  if (w === '#') return [{ k: 'n' }];
  if (w === '_') return [{ k: 'a' }];
  if (w === '...') return [{ k: 'g' }];
  if (w.length > 1 && w.endsWith('*')) return [{ k: 'p', w: normalize(w.slice(0, -1)).text }];
  return tokenize(normalize(w)).map((t) => ({ k: 'w', w: t.t }));
}
