import type { PupilHashSet } from '../../rules/schema';
import { sha256Hex } from '../rule-pack/sha256';
import type { Lexicon, LexMatch } from './lexicon';
import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

/**
 * Pupil names matched through salted hashes (lib/rule-pack/pupils.ts builds
 * them): a drop-in `Lexicon` with the groups of the clear-name one (`full`,
 * `first`, `initial`, `surname`), so the detectors read both alike and a
 * hashed profile flags the drafts the clear one flags (tests/unit/rule-pack/
 * pupil-equivalence.test.ts).
 *
 * At each word it hashes the runs of 1..maxWords words that could be a name
 * (letters and apostrophes only), longest first, and takes the first set that
 * knows the hash. Hashes are remembered by run, so a word seen before costs a
 * map lookup; the analyzer also caches whole sentences. One difference from the
 * clear lexicon: stretched spellings (`Tooom`) are not matched.
 */
export const HASH_HEX_DIGITS = 32;
const GROUPS = ['full', 'first', 'initial', 'surname'] as const;
type Group = (typeof GROUPS)[number];
export const GROUP_RANK: Record<string, number> = { full: 0, first: 1, initial: 2, surname: 3 };

export const words = (s: string): string[] => tokenize(normalize(s)).map((t) => t.t);

export function hashName(salt: string, key: string): string {
  return sha256Hex(`${salt}:${key}`).slice(0, HASH_HEX_DIGITS);
}

/**
 * The forms of one name the analyzer matches, by group, each its words joined
 * by a space; a form with an apostrophe also without it (`o'brien`, `o brien`).
 */
export function nameForms(name: string): Record<Group, string[]> {
  const out: Record<Group, string[]> = { full: [], first: [], initial: [], surname: [] };
  const w = words(name);
  if (!w.length) return out;
  out.full.push(w.join(' '));
  out.first.push(w[0]!);
  if (w.length >= 2) {
    out.initial.push(`${w[0]} ${w[w.length - 1]![0]}`);
    out.surname.push(w.slice(1).join(' '));
  }
  for (const list of Object.values(out)) for (const k of [...list]) if (k.includes("'")) list.push(k.replace(/'+/g, ' ').trim());
  return out;
}

const NAME_LIKE = /^[\p{L}']+$/u;
const CACHE_LIMIT = 50_000;

export function compileHashedNames(sets: readonly PupilHashSet[]): Lexicon {
  const compiled = sets.map((s) => ({
    salt: s.salt,
    groups: GROUPS.map((g) => [g, new Set(g === 'full' ? s.names : (s[g] ?? []))] as const),
  }));
  const maxWords = Math.max(1, ...sets.map((s) => s.maxWords ?? 3));
  // Runs of two words or more are hashed only from a word that starts one (when every set says which).
  const starts = sets.every((s) => s.starts) ? sets.map((s) => ({ salt: s.salt, set: new Set(s.starts) })) : null;
  const startSeen = new Map<string, boolean>();
  const mayStartRun = (word: string): boolean => {
    if (!starts) return true;
    let yes = startSeen.get(word);
    if (yes === undefined) {
      yes = starts.some((s) => s.set.has(hashName(s.salt, word)));
      if (startSeen.size >= CACHE_LIMIT) startSeen.clear();
      startSeen.set(word, yes);
    }
    return yes;
  };
  const size = sets.reduce((n, s) => n + s.names.length + (s.first?.length ?? 0) + (s.initial?.length ?? 0) + (s.surname?.length ?? 0), 0);
  // Run of words -> the groups it belongs to, in GROUPS order (a one-word name is `full` and `first`).
  const NONE: string[] = [];
  const seen = new Map<string, string[]>();
  const groupsOf = (key: string): string[] => {
    let g = seen.get(key);
    if (g !== undefined) return g;
    g = NONE;
    for (const c of compiled) {
      const h = hashName(c.salt, key);
      for (const [name, set] of c.groups) if (set.has(h) && !g.includes(name)) g = [...g, name];
    }
    if (seen.size >= CACHE_LIMIT) seen.clear();
    seen.set(key, g);
    return g;
  };
  const best = (tokens: readonly Token[], i: number, to: number, group?: string): LexMatch | undefined => {
    let key = '';
    let n = 0;
    const keys: string[] = [];
    for (let k = i; k < to && n < maxWords; k++, n++) {
      const t = tokens[k]!;
      if (t.emoji || !NAME_LIKE.test(t.t) || (n === 1 && !mayStartRun(key))) break;
      key = n ? `${key} ${t.t}` : t.t;
      keys.push(key);
    }
    for (let len = keys.length; len >= 1; len--) {
      const gs = groupsOf(keys[len - 1]!);
      const g = group === undefined ? gs[0] : gs.includes(group) ? group : undefined;
      if (g) return { i, j: i + len, group: g, phrase: keys[len - 1]! };
    }
    return undefined;
  };
  return {
    size,
    mayStart: (tok) => !tok.emoji && NAME_LIKE.test(tok.t),
    matchAt: (tokens, i, group) => (i >= 0 && i < tokens.length ? best(tokens, i, tokens.length, group) : undefined),
    scan(tokens, from = 0, to = tokens.length) {
      const out: LexMatch[] = [];
      for (let i = from; i < to; i++) {
        const m = best(tokens, i, to);
        if (m) out.push(m);
      }
      return out;
    },
    scanByGroup(tokens) {
      const out = new Map<string, LexMatch[]>();
      for (let i = 0; i < tokens.length; i++) {
        for (const g of GROUPS) {
          const m = best(tokens, i, tokens.length, g);
          if (m) (out.get(g) ?? out.set(g, []).get(g)!).push(m);
        }
      }
      return out;
    },
  };
}

/** Two lexicons read as one: at each word the longer match wins, then the group listed first (full, first...). */
export function unionLexicon(a: Lexicon, b: Lexicon): Lexicon {
  const better = (x?: LexMatch, y?: LexMatch) => (!x ? y : !y ? x : y.j > x.j || (y.j === x.j && (GROUP_RANK[y.group] ?? 9) < (GROUP_RANK[x.group] ?? 9)) ? y : x);
  const byStart = (xs: readonly LexMatch[], ys: readonly LexMatch[]) => {
    const m = new Map<number, LexMatch>();
    for (const x of [...xs, ...ys]) m.set(x.i, better(m.get(x.i), x)!);
    return [...m.values()].sort((p, q) => p.i - q.i);
  };
  return {
    size: a.size + b.size,
    mayStart: (tok, group) => a.mayStart(tok, group) || b.mayStart(tok, group),
    matchAt: (tokens, i, group) => better(a.matchAt(tokens, i, group), b.matchAt(tokens, i, group)),
    scan: (tokens, from, to) => byStart(a.scan(tokens, from, to), b.scan(tokens, from, to)),
    scanByGroup(tokens) {
      const x = a.scanByGroup(tokens), y = b.scanByGroup(tokens);
      const out = new Map<string, readonly LexMatch[]>();
      for (const g of new Set([...x.keys(), ...y.keys()])) out.set(g, byStart(x.get(g) ?? [], y.get(g) ?? []));
      return out;
    },
  };
}
