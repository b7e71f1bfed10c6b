import type { PackProfile, Profile, PupilHashSet } from '../../rules/schema';
import { HASH_HEX_DIGITS, hashName, nameForms, words } from '../analyze/pupil-hashes';
import { toHex } from './sha256';

/**
 * Pupil names in a distributed pack travel as salted hashes, never in clear.
 * A name is folded exactly as the analyzer folds a draft (lib/analyze/profile.ts
 * `words`: normalize + tokenize, so `Zoë O'Brien` and `zoe o'brien` agree), its
 * words joined by one space, then hashed as SHA-256(salt + ":" + words), cut
 * to 16 bytes (32 hex digits).
 *
 * What it protects: the roster cannot be read, searched or copied out of the
 * pack, and the same child hashes differently in another school's pack. What
 * it does not: the salt travels with the pack, so someone holding the pack who
 * guesses a name (or tries a list of common names) can confirm it. Treat a pack
 * as internal to the school; the hashing is a guard against casual exposure.
 *
 * Forms hashed, as the analyzer's clear-name groups (lib/analyze/profile.ts):
 * `names` full names; `first` first names; `initial` first name + initial of
 * the surname (`leo f`); `surname` everything after the first name. A name
 * written with an apostrophe is also hashed with it as a space (`zoe o brien`),
 * as drafts are typed both ways.
 */
/** The words of a name as the analyzer reads them, joined by a space. */
export const nameKey = (name: string): string => words(name).join(' ');

export { HASH_HEX_DIGITS, hashName, nameForms };

export function newSalt(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** Hashes of every form of every name, sorted (so the order of the roster doesn't show). */
export function buildPupilHashes(names: readonly string[], salt: string = newSalt()): PupilHashSet {
  const sets = { full: new Set<string>(), first: new Set<string>(), initial: new Set<string>(), surname: new Set<string>() };
  const starts = new Set<string>();
  let maxWords = 1;
  for (const n of names) {
    const forms = nameForms(n);
    for (const g of ['full', 'first', 'initial', 'surname'] as const) {
      for (const k of forms[g]) {
        sets[g].add(hashName(salt, k));
        const w = k.split(' ');
        if (w.length > 1) starts.add(hashName(salt, w[0]!));
        maxWords = Math.max(maxWords, w.length);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { salt, names: sorted(sets.full), first: sorted(sets.first), initial: sorted(sets.initial), surname: sorted(sets.surname), starts: sorted(starts), maxWords };
}

/** The profile with its clear `pupils` replaced by hashes (merged into any set it already holds with that salt). */
export function hashPupilsInProfile(profile: PackProfile | Profile, salt: string = newSalt()): PackProfile {
  const { pupils, ...rest } = profile as PackProfile;
  if (!pupils?.length) return rest;
  const built = buildPupilHashes(pupils, salt);
  return { ...rest, pupilHashes: mergeHashSets([...pupilHashSets(rest), built]) };
}

/** A profile's hash sets as a list (the schema allows one set or several). */
export function pupilHashSets(profile: PackProfile | undefined): PupilHashSet[] {
  const h = profile?.pupilHashes;
  return h === undefined ? [] : Array.isArray(h) ? h : [h];
}

/** Sets with the same salt become one; a single set stays an object, as the format has it. */
export function mergeHashSets(sets: readonly PupilHashSet[]): PupilHashSet | PupilHashSet[] {
  const bySalt = new Map<string, PupilHashSet>();
  const union = (a?: string[], b?: string[]) => [...new Set([...(a ?? []), ...(b ?? [])])].sort();
  for (const s of sets) {
    const had = bySalt.get(s.salt);
    bySalt.set(s.salt, had ? {
      salt: s.salt, names: union(had.names, s.names), first: union(had.first, s.first),
      initial: union(had.initial, s.initial), surname: union(had.surname, s.surname),
      ...(had.starts && s.starts ? { starts: union(had.starts, s.starts) } : {}),
      maxWords: Math.max(had.maxWords ?? 3, s.maxWords ?? 3),
    } : s);
  }
  const out = [...bySalt.values()];
  return out.length === 1 ? out[0]! : out;
}
