import type { Category } from '../../rules/categories';
import type { PackProfile, Profile, PupilHashSet, TermHashSet } from '../../rules/schema';
import { HASH_HEX_DIGITS, hashName, keyedHash, nameForms, rosterKeyId, words } from '../analyze/pupil-hashes';
import { toHex } from '../hash/sha256';

type Term = NonNullable<Profile['terms']>[number];

/**
 * Pupil names in a distributed pack travel as keyed hashes, never in clear.
 * A name is folded exactly as the analyzer folds a draft (lib/analyze/profile.ts
 * `words`: normalize + tokenize, so `Zoë O'Brien` and `zoe o'brien` agree), its
 * words joined by one space, then hashed as HMAC-SHA256(roster key, salt + ":" +
 * words), cut to 16 bytes (32 hex digits). The salt is fresh for every build.
 *
 * Why keyed (issue 12): with a plain salted hash the salt travels with the
 * pack, and lists of 5,000 first names and 20,000 surnames gave back a whole
 * 300-pupil roster in 0.26 s (scripts/roster-attack.ts measures it again). The
 * roster key (32 random bytes) is not in the pack: it reaches staff browsers
 * by managed policy (`rosterKey`, public/managed_schema.json), and without it
 * no name can be tried against the pack. A pack that must work without policy
 * (a file on an unmanaged device) may carry its key (`embed`): then whoever
 * holds the file can read the roster as before, and the authoring page and
 * the CLI say so.
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

/** Which roster key hashes a pack, and whether the pack carries it (readable by its holder). */
export interface RosterKeyUse {
  /** base64, 32 bytes (newRosterKey). */
  key: string;
  /** Put the key in the pack, for a file used without managed policy. */
  embed?: boolean;
}

function keyFields(use: RosterKeyUse): { scheme: 'hmac-sha256'; keyId: string; key?: string } {
  const keyId = rosterKeyId(use.key);
  if (!keyId) throw new Error('the roster key must be 32 bytes in base64 (44 characters)');
  return { scheme: 'hmac-sha256', keyId, ...(use.embed ? { key: use.key } : {}) };
}

function hashForms(names: readonly string[], hash: (form: string) => string) {
  const sets = { full: new Set<string>(), first: new Set<string>(), initial: new Set<string>(), surname: new Set<string>() };
  const starts = new Set<string>();
  let maxWords = 1;
  for (const n of names) {
    const forms = nameForms(n);
    for (const g of ['full', 'first', 'initial', 'surname'] as const) {
      for (const k of forms[g]) {
        sets[g].add(hash(k));
        const w = k.split(' ');
        if (w.length > 1) starts.add(hash(w[0]!));
        maxWords = Math.max(maxWords, w.length);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { names: sorted(sets.full), first: sorted(sets.first), initial: sorted(sets.initial), surname: sorted(sets.surname), starts: sorted(starts), maxWords };
}

/** Keyed hashes of every form of every name, sorted (so the order of the roster doesn't show). */
export function buildPupilHashes(names: readonly string[], use: RosterKeyUse, salt: string = newSalt()): PupilHashSet {
  return { ...keyFields(use), salt, ...hashForms(names, (form) => keyedHash(use.key, salt, form)), count: new Set(names.map(nameKey)).size };
}

/**
 * The legacy, unkeyed set (SHA-256 of salt + form), as packs built before issue 12
 * hold it. Only for tests and the attack script (scripts/roster-attack.ts):
 * the authoring page and the CLI never build one.
 */
export function buildLegacyPupilHashes(names: readonly string[], salt: string = newSalt()): PupilHashSet {
  return { salt, ...hashForms(names, (form) => hashName(salt, form)) };
}

/** Keyed hashes of terms' words, under their categories: a pack then names no private term. */
export function buildTermHashes(terms: readonly Term[], use: RosterKeyUse, salt: string = newSalt()): TermHashSet {
  const byCategory: Partial<Record<Category, Set<string>>> = {};
  const starts = new Set<string>();
  let maxWords = 1;
  const hash = (form: string) => keyedHash(use.key, salt, form);
  for (const t of terms) {
    const w = words(t.text);
    if (!w.length) continue;
    (byCategory[t.category] ??= new Set()).add(hash(w.join(' ')));
    if (w.length > 1) starts.add(hash(w[0]!));
    maxWords = Math.max(maxWords, w.length);
  }
  const out: TermHashSet['terms'] = {};
  for (const [c, set] of Object.entries(byCategory) as [Category, Set<string>][]) out[c] = [...set].sort();
  return { ...keyFields(use), salt, terms: out, starts: [...starts].sort(), maxWords: Math.min(8, maxWords) };
}

/**
 * The profile with its clear `pupils` replaced by keyed hashes (merged into any
 * set it already holds with that salt and key). With `hashTerms`, its `terms`
 * (and `extraTerms`, a v2 pack's own `terms`) go into `termHashes` too.
 */
export function hashPupilsInProfile(
  profile: PackProfile | Profile, use: RosterKeyUse, salt: string = newSalt(),
  opts: { hashTerms?: boolean; extraTerms?: readonly Term[] } = {},
): PackProfile {
  const { pupils, ...rest } = profile as PackProfile;
  let out: PackProfile = rest;
  if (pupils?.length) out = { ...out, pupilHashes: mergeHashSets([...pupilHashSets(rest), buildPupilHashes(pupils, use, salt)]) };
  const terms = [...(rest.terms ?? []), ...(opts.extraTerms ?? [])];
  if (opts.hashTerms && terms.length) {
    const { terms: _clear, ...noTerms } = out;
    const had = out.termHashes === undefined ? [] : Array.isArray(out.termHashes) ? out.termHashes : [out.termHashes];
    const sets = [...had, buildTermHashes(terms, use, salt)];
    out = { ...noTerms, termHashes: sets.length === 1 ? sets[0]! : sets };
  }
  return out;
}

/** About how many pupils a profile's hash sets hold (sets from before `count` hold one full-name hash per spelling). */
export const hashedPupilCount = (profile: PackProfile | undefined): number =>
  pupilHashSets(profile).reduce((n, s) => n + (s.count ?? s.names.length), 0);

/** About how many pupils a profile lists, clear and hashed: 0 means no roster, so no name can be a pupil's. */
export const rosterSize = (profile: PackProfile | undefined): number => (profile?.pupils?.length ?? 0) + hashedPupilCount(profile);

/** A profile's hash sets as a list (the schema allows one set or several). */
export function pupilHashSets(profile: PackProfile | undefined): PupilHashSet[] {
  const h = profile?.pupilHashes;
  return h === undefined ? [] : Array.isArray(h) ? h : [h];
}

/** A profile's private-term sets as a list. */
export function termHashSets(profile: PackProfile | undefined): TermHashSet[] {
  const h = profile?.termHashes;
  return h === undefined ? [] : Array.isArray(h) ? h : [h];
}

/** Sets with the same salt and key become one; a single set stays an object, as the format has it. */
export function mergeHashSets(sets: readonly PupilHashSet[]): PupilHashSet | PupilHashSet[] {
  const bySalt = new Map<string, PupilHashSet>();
  const union = (a?: string[], b?: string[]) => [...new Set([...(a ?? []), ...(b ?? [])])].sort();
  for (const s of sets) {
    const id = `${s.scheme ?? 'sha256'}|${s.keyId ?? ''}|${s.salt}`;
    const had = bySalt.get(id);
    bySalt.set(id, had ? {
      ...(s.scheme ? { scheme: s.scheme } : {}), ...(s.keyId ? { keyId: s.keyId } : {}), ...((had.key ?? s.key) ? { key: (had.key ?? s.key)! } : {}),
      salt: s.salt, names: union(had.names, s.names), first: union(had.first, s.first),
      initial: union(had.initial, s.initial), surname: union(had.surname, s.surname),
      ...(had.starts && s.starts ? { starts: union(had.starts, s.starts) } : {}),
      maxWords: Math.max(had.maxWords ?? 3, s.maxWords ?? 3),
      ...(had.count !== undefined && s.count !== undefined ? { count: had.count + s.count } : {}),
    } : s);
  }
  const out = [...bySalt.values()];
  return out.length === 1 ? out[0]! : out;
}

/**
 * What a pack's hashed roster and terms mean on this device, for the options
 * page and popup: `legacy` sets anyone holding the pack can test names
 * against; `embedded` sets whose key travels inside (readable by the holder);
 * `missing` keyed sets whose key is not at hand (those names are not checked).
 */
export interface RosterStatus {
  legacy: number;
  embedded: number;
  missing: number;
  keyed: number;
}

export function rosterStatus(profile: PackProfile | undefined, keys: readonly string[]): RosterStatus {
  const st: RosterStatus = { legacy: 0, embedded: 0, missing: 0, keyed: 0 };
  const ids = new Set(keys.map(rosterKeyId));
  for (const s of [...pupilHashSets(profile), ...termHashSets(profile)]) {
    if (s.scheme !== 'hmac-sha256') st.legacy++;
    else if (s.key && rosterKeyId(s.key) === s.keyId) st.embedded++;
    else if (s.keyId && ids.has(s.keyId)) st.keyed++;
    else st.missing++;
  }
  return st;
}
