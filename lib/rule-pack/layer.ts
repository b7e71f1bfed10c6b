import type { Category } from '../../rules/categories';
import { severityRank } from '../../rules/categories';
import { DEFAULT_PACK } from '../../rules/default-pack';
import type { CategoryOverride, Pack, PackProfile, PackV2, PauseLevel } from '../../rules/schema';
import { words } from '../analyze/profile';
import { mergeHashSets, pupilHashSets, termHashSets } from './pupils';

/**
 * Layering: a council or trust base pack, a school pack built on it.
 * `resolvePack(base, school)` gives one v2 pack by these rules:
 *
 * 1. Identity is the school's: id, version, issuedAt, publisher; `extends`
 *    records the base's id and version.
 * 2. Single values: the school's when it sets one, else the base's (policy as a
 *    whole document, retentionDays, guards, safeguardingLead, sessionTimes, the
 *    profile's `school`, rules).
 * 3. Lists are unions, without repeats: staff (by name as the analyzer folds it;
 *    the school's role wins), pupils, pupil hashes (sets with one salt and key
 *    merged), private-term hashes,
 *    terms, allowedTerms, lexicon words, sites.off, sites.add, examples.
 * 4. Categories merge per category and per field: the school's field wins...
 * 5. ...except where the base marks the category `locked`: then the school may
 *    tighten but not loosen: it cannot switch it off nor lower its severity, and
 *    it stays locked. Messages, suggestion and sections still follow the school.
 * 6. Pause: the school's, unless the base's is locked; then the stricter of the
 *    two (info pauses most, then warn, high, off), still locked.
 *
 * `toRuntimePack(pack)` then lays the result on the built-in pack (the bottom
 * layer): categories the pack doesn't mention keep the built-in settings, and
 * the built-in rules, policy and lexicons apply where the pack has none.
 */
export function resolvePack(base: PackV2, school: PackV2): PackV2 {
  const out: PackV2 = {
    ...base, ...school,
    schemaVersion: 2, id: school.id, version: school.version, issuedAt: school.issuedAt, publisher: school.publisher,
    extends: { id: base.id, version: base.version },
  };
  // Identity, like issuedAt: the base's expiry is about the base, never inherited by the school.
  if (school.expiresAt) out.expiresAt = school.expiresAt;
  else delete out.expiresAt;
  const profile = mergeProfiles(base.profile, school.profile);
  if (profile) out.profile = profile;
  if (school.policy ?? base.policy) out.policy = school.policy ?? base.policy;
  if (school.rules ?? base.rules) out.rules = school.rules ?? base.rules;
  setIf(out, 'terms', unionBy([...(base.terms ?? []), ...(school.terms ?? [])], (t) => `${t.category}|${words(t.text).join(' ')}`));
  setIf(out, 'allowedTerms', unionBy([...(base.allowedTerms ?? []), ...(school.allowedTerms ?? [])], (t) => t));
  setIf(out, 'examples', unionBy([...(base.examples ?? []), ...(school.examples ?? [])], (e) => e.text));
  const lexicons = mergeLexicons(base.lexicons, school.lexicons);
  if (lexicons) out.lexicons = lexicons;
  if (base.sites || school.sites) {
    const off = unionBy([...(base.sites?.off ?? []), ...(school.sites?.off ?? [])], (s) => s);
    const add = unionBy([...(base.sites?.add ?? []), ...(school.sites?.add ?? [])], (s) => s);
    out.sites = { ...(off.length ? { off } : {}), ...(add.length ? { add } : {}) };
  }
  const categories = mergeCategories(base.categories ?? {}, school.categories ?? {});
  if (Object.keys(categories).length) out.categories = categories;
  if (base.pause?.locked && school.pause) {
    out.pause = { level: stricterPause(base.pause.level, school.pause.level), locked: true };
  } else if (school.pause ?? base.pause) out.pause = school.pause ?? base.pause;
  return out;
}

const PAUSE_STRICTNESS: Record<PauseLevel, number> = { info: 3, warn: 2, high: 1, off: 0 };
export const stricterPause = (a: PauseLevel, b: PauseLevel): PauseLevel => (PAUSE_STRICTNESS[b] > PAUSE_STRICTNESS[a] ? b : a);

function mergeCategories(base: Partial<Record<Category, CategoryOverride>>, school: Partial<Record<Category, CategoryOverride>>) {
  const out: Partial<Record<Category, CategoryOverride>> = {};
  for (const c of new Set([...Object.keys(base), ...Object.keys(school)]) as Set<Category>) {
    const b = base[c], s = school[c];
    const merged: CategoryOverride = { ...b, ...s };
    if (b?.locked) {
      merged.locked = true;
      if (b.enabled !== false) merged.enabled = b.enabled ?? s?.enabled;
      if (merged.enabled === undefined) delete merged.enabled;
      if (b.severity && s?.severity && severityRank[s.severity] < severityRank[b.severity]) merged.severity = b.severity;
    }
    out[c] = merged;
  }
  return out;
}

function mergeProfiles(base?: PackProfile, school?: PackProfile): PackProfile | undefined {
  if (!base || !school) return school ?? base;
  const out: PackProfile = { ...base, ...school, school: school.school };
  const staff = new Map<string, NonNullable<PackProfile['staff']>[number]>();
  for (const s of [...(base.staff ?? []), ...(school.staff ?? [])]) staff.set(words(s.name).join(' '), s);
  setIf(out, 'staff', [...staff.values()]);
  setIf(out, 'pupils', unionBy([...(base.pupils ?? []), ...(school.pupils ?? [])], (p) => words(p).join(' ')));
  setIf(out, 'terms', unionBy([...(base.terms ?? []), ...(school.terms ?? [])], (t) => `${t.category}|${words(t.text).join(' ')}`));
  const sets = [...pupilHashSets(base), ...pupilHashSets(school)];
  if (sets.length) out.pupilHashes = mergeHashSets(sets);
  // Private terms (issue 12): each layer's sets kept, as their salts differ.
  const termSets = [...termHashSets(base), ...termHashSets(school)];
  if (termSets.length) out.termHashes = termSets.length === 1 ? termSets[0]! : termSets;
  return out;
}

function mergeLexicons(a?: PackV2['lexicons'], b?: PackV2['lexicons']): PackV2['lexicons'] {
  if (!a || !b) return b ?? a;
  const out: NonNullable<PackV2['lexicons']> = structuredClone(a);
  for (const [lex, groups] of Object.entries(b)) {
    const into = (out[lex] ??= {});
    for (const [g, list] of Object.entries(groups)) into[g] = unionBy([...(into[g] ?? []), ...list], (w) => w);
  }
  return out;
}

function unionBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const t of items) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

function setIf<O extends object, K extends keyof O>(o: O, k: K, list: O[K] & unknown[]): void {
  if (list.length) o[k] = list;
  else delete o[k];
}

/** The pack the analyzer and pages read: the v2 pack laid on the built-in one. */
export function toRuntimePack(pack: PackV2, builtIn: Pack = DEFAULT_PACK): Pack {
  const categories = structuredClone(builtIn.categories);
  for (const [c, o] of Object.entries(pack.categories ?? {}) as [Category, CategoryOverride][]) {
    const { locked: _locked, ...fields } = o;
    categories[c] = { ...categories[c], ...fields };
  }
  const lexicons = mergeLexicons(builtIn.lexicons, pack.lexicons);
  const allowed = unionBy([...(builtIn.allowedTerms ?? []), ...(pack.allowedTerms ?? [])], (t) => t);
  // A base pack alone has no school: its publisher stands in, so its name is still recognised.
  const profile: PackProfile = structuredClone(pack.profile ?? { school: { name: pack.publisher.name } });
  if (pack.terms?.length) profile.terms = [...(profile.terms ?? []), ...pack.terms];
  const out: Pack = {
    schemaVersion: 1, id: pack.id, version: pack.version, issuedAt: pack.issuedAt, publisher: pack.publisher.name,
    policy: pack.policy ?? builtIn.policy, categories, rules: pack.rules ?? builtIn.rules, profile,
  };
  if (pack.expiresAt) out.expiresAt = pack.expiresAt;
  if (lexicons) out.lexicons = lexicons;
  if (allowed.length) out.allowedTerms = allowed;
  for (const k of ['sites', 'pause', 'retentionDays', 'guards', 'safeguardingLead', 'sessionTimes', 'examples'] as const) if (pack[k] !== undefined) (out as Record<string, unknown>)[k] = pack[k];
  return out;
}

/** A v1 (runtime) pack as v2, to compare or layer on: the built-in default, a pack from before issue 4. */
export function fromV1(pack: Pack): PackV2 {
  const out: PackV2 = {
    schemaVersion: 2, id: pack.id.toLowerCase().replace(/[^a-z0-9:._-]/g, '-'), version: pack.version,
    issuedAt: pack.issuedAt ?? '1970-01-01T00:00:00Z', publisher: { name: pack.publisher ?? 'unknown' },
    profile: pack.profile, policy: pack.policy, categories: pack.categories, rules: pack.rules,
  };
  for (const k of ['expiresAt', 'lexicons', 'allowedTerms', 'sites', 'pause', 'retentionDays', 'guards', 'safeguardingLead', 'sessionTimes', 'examples'] as const) if (pack[k] !== undefined) (out as Record<string, unknown>)[k] = pack[k];
  return out;
}

