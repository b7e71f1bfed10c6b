import { hashName, HASH_HEX_DIGITS } from '../lib/analyze/pupil-hashes';
import { hmacKey, hmacSha256Hex } from '../lib/hash/sha256';
import type { PupilHashSet } from '../rules/schema';

/**
 * The attack of issue 12, point 1, replayed on a pack: someone who fetched the
 * pack from its public URL tries lists of first names and surnames against its
 * hashed roster, halves first (each first name against `first`, each surname
 * against `surname`), then pairs only the halves found against `names`.
 *
 * The attacker knows the format and everything in the pack (salt, scheme,
 * keyId, and the key when a pack carries one). Against a keyed set without its
 * key they can only guess how to hash: the `guesses` below (the legacy
 * SHA-256, HMAC keyed with the salt, the key id, or nothing) stand for that;
 * the roster key itself is 32 random bytes, 2^256 to search.
 *
 * Candidate lists are synthetic (no network here): deterministic made-up
 * names with the real roster's names inside them, the attacker's best case.
 */
export type Hasher = (form: string) => string;

export function attackerGuesses(set: PupilHashSet): { name: string; hash: Hasher }[] {
  const salt = set.salt;
  const hmacWith = (keyText: string): Hasher => {
    const k = hmacKey(new TextEncoder().encode(keyText));
    return (form) => hmacSha256Hex(k, `${salt}:${form}`).slice(0, HASH_HEX_DIGITS);
  };
  const guesses: { name: string; hash: Hasher }[] = [{ name: 'sha256(salt:form)', hash: (form) => hashName(salt, form) }];
  if (set.scheme === 'hmac-sha256') {
    if (set.key) {
      const bytes = Uint8Array.from(atob(set.key), (c) => c.charCodeAt(0));
      const k = hmacKey(bytes);
      guesses.unshift({ name: 'hmac(key from the pack)', hash: (form) => hmacSha256Hex(k, `${salt}:${form}`).slice(0, HASH_HEX_DIGITS) });
    }
    guesses.push({ name: 'hmac(key=salt)', hash: hmacWith(salt) }, { name: 'hmac(key=keyId)', hash: hmacWith(set.keyId ?? '') }, { name: 'hmac(key="")', hash: hmacWith('') });
  }
  return guesses;
}

export interface AttackResult {
  recovered: string[];
  firstFound: number;
  surnamesFound: number;
  hashes: number;
  ms: number;
}

/** Halves, then pairs of found halves, with each way of hashing the attacker can think of. */
export function attackRoster(sets: readonly PupilHashSet[], firstNames: readonly string[], surnames: readonly string[]): AttackResult {
  const t0 = performance.now();
  const recovered = new Set<string>();
  let hashes = 0, firstFound = 0, surnamesFound = 0;
  for (const set of sets) {
    const first = new Set(set.first ?? []), surname = new Set(set.surname ?? []), names = new Set(set.names);
    for (const { hash } of attackerGuesses(set)) {
      const f = firstNames.filter((c) => (hashes++, first.has(hash(c))));
      const s = surnames.filter((c) => (hashes++, surname.has(hash(c))));
      firstFound += f.length;
      surnamesFound += s.length;
      for (const a of f) for (const b of s) {
        hashes++;
        if (names.has(hash(`${a} ${b}`))) recovered.add(`${a} ${b}`);
      }
    }
  }
  return { recovered: [...recovered].sort(), firstFound, surnamesFound, hashes, ms: performance.now() - t0 };
}

/** Deterministic made-up words (a small LCG): letters only, as the analyzer folds names. */
export function syntheticWords(n: number, seed: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const C = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'sh', 'th', 'st', 'tr'];
  const V = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ie', 'ou', 'y'];
  let x = seed >>> 0;
  const next = (m: number) => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0), x % m);
  const out = new Set<string>();
  while (out.size < n) {
    let w = '';
    for (let s = 0, len = 2 + next(2); s < len; s++) w += C[next(C.length)]! + V[next(V.length)]!;
    if (next(3) === 0) w += C[next(C.length)]!;
    if (!exclude.has(w)) out.add(w);
  }
  return [...out];
}

/** A roster of `pupils` names and candidate lists of the given sizes holding every roster half (shuffled in). */
export function attackData(pupils: number, firstCount: number, surnameCount: number, seed = 12): { roster: string[]; firstNames: string[]; surnames: string[] } {
  const firstPool = syntheticWords(Math.max(60, Math.ceil(pupils / 2)), seed);
  const surnamePool = syntheticWords(pupils, seed + 1, new Set(firstPool));
  const roster = new Set<string>();
  for (let i = 0; roster.size < pupils; i++) roster.add(`${firstPool[(i * 7) % firstPool.length]} ${surnamePool[i % surnamePool.length]}`);
  const list = [...roster];
  const firsts = [...new Set(list.map((n) => n.split(' ')[0]!))];
  const surs = [...new Set(list.map((n) => n.split(' ')[1]!))];
  const taken = new Set([...firsts, ...surs]);
  const fill = (have: string[], total: number, s: number) => {
    const extra = syntheticWords(Math.max(0, total - have.length), s, taken);
    const all = [...extra];
    // Roster halves spread through the list, as real names sit in a real list.
    have.forEach((w, i) => all.splice(Math.floor(((i + 1) * all.length) / (have.length + 1)), 0, w));
    return all;
  };
  return { roster: list, firstNames: fill(firsts, firstCount, seed + 2), surnames: fill(surs, surnameCount, seed + 3) };
}
