import type { Category } from '../../rules/categories';
import type { PupilHashSet, TermHashSet } from '../../rules/schema';
import { hmacKey, hmacSha256Hex, sha256, sha256Hex, toHex, type HmacKey } from '../hash/sha256';
import type { Lexicon, LexMatch } from './lexicon';
import { normalize } from './normalize';
import { tokenize, type Token } from './tokens';

/**
 * Pupil names (and private terms) matched through keyed hashes
 * (lib/rule-pack/pupils.ts builds them): a drop-in `Lexicon` with the groups of
 * the clear one (`full`, `first`, `initial`, `surname` for pupils; categories
 * for terms), so the detectors read both alike and a hashed profile flags the
 * drafts the clear one flags (tests/unit/rule-pack/pupil-equivalence.test.ts).
 *
 * At each word it hashes the runs of 1..maxWords words that could be a name
 * (letters and apostrophes only), longest first, and takes the first set that
 * knows the hash. Hashes are remembered by run, so a word seen before costs a
 * map lookup; the analyzer also caches whole sentences. One difference from the
 * clear lexicon: stretched spellings (`Tooom`) are not matched.
 *
 * Keys (issue 12): a keyed set (`scheme: "hmac-sha256"`) is hashed with the
 * roster key its `keyId` names, taken from the set itself (`key`, a pack that
 * carries its own) or from `keys` (managed policy, lib/rule-pack/roster-key.ts).
 * A keyed set whose key is missing matches nothing: it cannot be read, and
 * guessing would flag nothing useful. Legacy sets (no scheme) hash with SHA-256
 * as before, so deployed packs keep working.
 */
export const HASH_HEX_DIGITS = 32;
const GROUPS = ['full', 'first', 'initial', 'surname'] as const;
type Group = (typeof GROUPS)[number];
export const GROUP_RANK: Record<string, number> = { full: 0, first: 1, initial: 2, surname: 3 };

/** Roster keys at hand (base64, 32 bytes each): from managed policy, or from the authoring draft. */
export type RosterKeys = readonly string[];

export const words = (s: string): string[] => tokenize(normalize(s)).map((t) => t.t);

/** Legacy (unkeyed) hash of one form: SHA-256(salt + ":" + form). Anyone with the pack can compute it. */
export function hashName(salt: string, key: string): string {
  return sha256Hex(`${salt}:${key}`).slice(0, HASH_HEX_DIGITS);
}

const decodeKey = (b64: string): Uint8Array | null => {
  try {
    const bin = atob(b64);
    const out = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return out.length === 32 ? out : null;
  } catch {
    return null;
  }
};

/** A roster key's fingerprint (16 hex digits of SHA-256 of its bytes); '' for a malformed key. */
export function rosterKeyId(keyB64: string): string {
  const bytes = decodeKey(keyB64.trim());
  return bytes ? toHex(sha256(bytes)).slice(0, 16) : '';
}

// Preparing a key costs two compressions; packs are compiled again on each change, keys rarely change.
const prepared = new Map<string, HmacKey>();
function preparedKey(keyB64: string): HmacKey | null {
  let k = prepared.get(keyB64);
  if (!k) {
    const bytes = decodeKey(keyB64);
    if (!bytes) return null;
    k = hmacKey(bytes);
    if (prepared.size > 16) prepared.clear();
    prepared.set(keyB64, k);
  }
  return k;
}

/** Keyed hash of one form: HMAC-SHA256(roster key, salt + ":" + form), cut as the legacy hash is. */
export function keyedHash(keyB64: string, salt: string, form: string): string {
  const k = preparedKey(keyB64);
  if (!k) throw new Error('not a roster key (32 bytes, base64)');
  return hmacSha256Hex(k, `${salt}:${form}`).slice(0, HASH_HEX_DIGITS);
}

/**
 * How to hash forms for one set, or null when it cannot be (its key is not at
 * hand, or a key carried inside does not have the fingerprint the set names).
 */
export function hasherFor(set: { scheme?: string; keyId?: string; key?: string; salt: string }, keys: RosterKeys = []): ((form: string) => string) | null {
  const { salt } = set;
  if (set.scheme !== 'hmac-sha256') return (form) => hashName(salt, form);
  const key = [...(set.key ? [set.key] : []), ...keys].find((k) => rosterKeyId(k) === set.keyId);
  const k = key ? preparedKey(key) : null;
  return k ? (form) => hmacSha256Hex(k, `${salt}:${form}`).slice(0, HASH_HEX_DIGITS) : null;
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

/** One hash set ready to match: how it hashes, its groups in rank order, the first words of its longer forms. */
interface HashedSource {
  hash: (form: string) => string;
  groups: (readonly [string, Set<string>])[];
  starts?: Set<string>;
  maxWords: number;
}

/** The sets whose key is at hand, ready to match; `groups` gives a set's groups in rank order. */
function sourcesOf<S extends PupilHashSet | TermHashSet>(sets: readonly S[], keys: RosterKeys, groups: (s: S) => HashedSource['groups']): HashedSource[] {
  const sources: HashedSource[] = [];
  for (const s of sets) {
    const hash = hasherFor(s, keys);
    if (!hash) continue;
    sources.push({ hash, groups: groups(s), ...(s.starts ? { starts: new Set(s.starts) } : {}), maxWords: s.maxWords ?? 3 });
  }
  return sources;
}

export function compileHashedNames(sets: readonly PupilHashSet[], keys: RosterKeys = []): Lexicon {
  const groups = (s: PupilHashSet) => GROUPS.map((g) => [g, new Set(g === 'full' ? s.names : (s[g] ?? []))] as const);
  return hashedLexicon(sourcesOf(sets, keys, groups), (t) => NAME_LIKE.test(t.t));
}

/** Private terms (TermHashSet) as a lexicon grouped by category, as the clear terms are. */
export function compileHashedTerms(sets: readonly TermHashSet[], keys: RosterKeys = []): Lexicon {
  const groups = (s: TermHashSet) => (Object.entries(s.terms) as [Category, string[]][]).map(([c, list]) => [c, new Set(list)] as const);
  return hashedLexicon(sourcesOf(sets, keys, groups), () => true);
}

function hashedLexicon(compiled: readonly HashedSource[], wordOk: (t: Token) => boolean): Lexicon {
  const groupOrder = [...new Set(compiled.flatMap((c) => c.groups.map(([g]) => g)))];
  const maxWords = Math.max(1, ...compiled.map((s) => s.maxWords));
  // Runs of two words or more are hashed only from a word that starts one (when every set says which).
  const starts = compiled.every((s) => s.starts) ? compiled : null;
  const startSeen = new Map<string, boolean>();
  const mayStartRun = (word: string): boolean => {
    if (!starts) return true;
    let yes = startSeen.get(word);
    if (yes === undefined) {
      yes = starts.some((s) => s.starts!.has(s.hash(word)));
      if (startSeen.size >= CACHE_LIMIT) startSeen.clear();
      startSeen.set(word, yes);
    }
    return yes;
  };
  const size = compiled.reduce((n, s) => n + s.groups.reduce((m, [, set]) => m + set.size, 0), 0);
  // Run of words -> the groups it belongs to, in rank order (a one-word name is `full` and `first`).
  const NONE: string[] = [];
  const seen = new Map<string, string[]>();
  const groupsOf = (key: string): string[] => {
    let g = seen.get(key);
    if (g !== undefined) return g;
    g = NONE;
    for (const c of compiled) {
      const h = c.hash(key);
      for (const [name, set] of c.groups) if (set.has(h) && !g.includes(name)) g = [...g, name];
    }
    if (g.length > 1) g.sort((a, b) => groupOrder.indexOf(a) - groupOrder.indexOf(b));
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
      if (t.emoji || !wordOk(t) || (n === 1 && !mayStartRun(key))) break;
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
  if (!compiled.length) {
    const none: Lexicon = { size: 0, mayStart: () => false, matchAt: () => undefined, scan: () => [], scanByGroup: () => new Map() };
    return none;
  }
  return {
    size,
    mayStart: (tok) => !tok.emoji && wordOk(tok),
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
        for (const g of groupOrder) {
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
