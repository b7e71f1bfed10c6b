import { existsSync } from 'node:fs';
import { describeCsvError, pupilsFromCsv, staffFromCsv } from '../rule-pack/csv';
import { describeFailure, runPackExamples } from '../rule-pack/examples';
import { resolvePack, toRuntimePack } from '../rule-pack/layer';
import { describeNameNotice, namesNeedingContext, withEverydayWords } from '../rule-pack/name-context';
import { splitPolicyText } from '../rule-pack/policy-text';
import { hashPupilsInProfile, pupilHashSets, termHashSets } from '../rule-pack/pupils';
import { rosterKeyId } from '../rule-pack/roster-key';
import { findRosterNames } from '../rule-pack/roster-leaks';
import { readRosterKey, ROSTER_KEY_ENV } from './roster-key';
import { PackV2Schema, parseWith, type PackProfile, type PackV2 } from '../../rules/schema';
import { readText, UsageError } from './load';
import { readPackFile, readProfileOrPack, writeOut } from './pack-io';

export interface BuildOptions {
  profile: string;
  out: string;
  base?: string;
  policy?: string;
  staff?: string;
  pupils?: string;
  id?: string;
  version?: string;
  publisher?: string;
  /** `2027-08-31`, an ISO date-time, or `120d` (days from now): when the pack stops being accepted. */
  expires?: string;
  /** A file holding the school's roster key (else $POSTGUARD_ROSTER_KEY). */
  rosterKey?: string;
  /** Put the roster key inside the pack: its roster is then readable by whoever holds the file. */
  embedRosterKey?: boolean;
  /** Keep custom terms out of the pack: keyed hashes instead. */
  hashTerms?: boolean;
}

/**
 * `pack build`: profile (+ rosters, policy text, base pack) -> an unsigned v2
 * pack with pupils (and with --hash-terms, terms) as keyed hashes under the
 * school's roster key, with a fresh salt each build (issue 12). When --out
 * already holds a version of the same pack, the new one is that version + 1;
 * `pack diff` then compares pupil counts. Refused: a pupil's full name anywhere
 * in clear (examples, policy text...), legacy unkeyed hashes.
 */
export function buildPack(o: BuildOptions, log: (line: string) => void): PackV2 {
  const { profile: bare, template } = readProfileOrPack(o.profile);
  const profile: PackProfile = structuredClone((template?.profile ?? bare) as PackProfile | undefined) ?? { school: { name: o.publisher ?? 'School' } };
  if (o.staff) {
    const r = staffFromCsv(readText(o.staff, 'staff list'));
    if (r.errors.length) throw new UsageError(`staff list ${o.staff}:\n  ${r.errors.map(describeCsvError).join('\n  ')}`);
    profile.staff = [...(profile.staff ?? []), ...r.staff];
  }
  if (o.pupils) {
    const r = pupilsFromCsv(readText(o.pupils, 'pupil list'));
    if (r.errors.length) throw new UsageError(`pupil list ${o.pupils}:\n  ${r.errors.map(describeCsvError).join('\n  ')}`);
    profile.pupils = [...(profile.pupils ?? []), ...r.pupils];
  }
  const previous = existsSync(o.out) ? tryRead(o.out) : undefined;
  const id = o.id ?? template?.id ?? `school:${slug(profile.school.name)}`;
  const same = previous?.id === id ? previous : undefined;
  const version = o.version !== undefined ? Number(o.version) : same ? same.version + 1 : (template?.version ?? 1);
  if (!Number.isInteger(version) || version < 0) throw new UsageError(`--version must be a whole number, not "${o.version}"`);
  const key = readRosterKey(o.rosterKey);
  if (o.embedRosterKey && !key) throw new UsageError('--embed-roster-key needs a roster key (--roster-key FILE)');
  let pack: PackV2 = {
    ...template,
    schemaVersion: 2, id, version, issuedAt: new Date().toISOString(),
    publisher: o.publisher ? { name: o.publisher } : (template?.publisher ?? { name: profile.school.name }),
    profile,
  };
  if (o.expires !== undefined) pack.expiresAt = expiryFrom(o.expires, Date.parse(pack.issuedAt));
  if (o.policy) {
    const split = splitPolicyText(readText(o.policy, 'policy'));
    for (const w of split.warnings) log(`policy ${o.policy} line ${w.line}: ${w.message}`);
    if (!split.sections.length) throw new UsageError(`policy ${o.policy}: no sections found (number the headings: "1. Introduction", "## 5 Social media")`);
    pack.policy = { title: split.title ?? 'Social media policy', sections: split.sections };
  }
  if (o.base) pack = resolvePack(readPackFile(o.base, 'base pack').pack, pack);
  // Never a legacy set in a pack built now (issue 12), from the profile or the base alike.
  if (pupilHashSets(pack.profile).some((s) => s.scheme !== 'hmac-sha256')) {
    throw new UsageError('profile.pupilHashes: unkeyed hashes, which anyone holding the pack can test names against; give the roster with --pupils instead');
  }
  // Pupils in clear from the profile, the CSV or a base pack: all hashed below, so all need the key.
  const pupilCount = pack.profile?.pupils?.length ?? 0;
  if (!key && (pupilCount > 0 || o.hashTerms)) {
    throw new UsageError(`${pupilCount > 0 ? 'pupils' : '--hash-terms'} need the school's roster key: make one with "postguard pack key --out roster.key", then give --roster-key roster.key (or set ${ROSTER_KEY_ENV})`);
  }
  // Names that also mean something else flag only in drafts about school or work: say which, while
  // the pupils are still in clear to be counted, and carry the everyday words the extension needs to judge them.
  const notices = namesNeedingContext(pack.profile, pack.lexicons);
  const nameLexicons = withEverydayWords(pack.lexicons, pack.profile);
  if (nameLexicons) pack.lexicons = nameLexicons;
  const leaks = findRosterNames(pack, pack.profile?.pupils ?? []);
  if (leaks.length) throw new UsageError(`the pack would give pupils away:\n  ${leaks.join('\n  ')}`);
  if (key && pack.profile) {
    const { terms, ...rest } = pack;
    const use = { key, embed: o.embedRosterKey === true };
    pack = { ...(o.hashTerms ? rest : pack), profile: hashPupilsInProfile(pack.profile, use, undefined, { hashTerms: o.hashTerms === true, extraTerms: terms }) };
  }
  const r = parseWith(PackV2Schema, pack);
  if (!r.ok) throw new UsageError(`the built pack is invalid:\n  ${r.errors.join('\n  ')}`);
  const runtime = toRuntimePack(r.value);
  // Findings cite sections by id: a school policy numbered differently leaves them pointing nowhere.
  const ids = new Set(runtime.policy.sections.map((s) => s.id));
  const missing = [...new Set(Object.values(runtime.categories).flatMap((c) => c.sections))].filter((id) => !ids.has(id));
  if (missing.length) log(`warning: categories cite policy sections the policy does not have: ${missing.join(', ')} (set categories.<id>.sections in the profile pack)`);
  const failures = runPackExamples(runtime, key ? [key] : []);
  if (failures.length) throw new UsageError(`the pack's own examples fail:\n  ${failures.map(describeFailure).join('\n  ')}`);
  writeOut(o.out, `${JSON.stringify(r.value, null, 2)}\n`);
  const p = r.value.profile!;
  const hashedTerms = termHashSets(p).length > 0;
  log(`built ${id} version ${version}: ${p.staff?.length ?? 0} staff (names in clear), ${pupilCount} pupils${pupilCount ? ` (keyed hashes, roster key ${rosterKeyId(key!)})` : ''}, ${hashedTerms ? 'custom terms hashed' : `${(r.value.terms?.length ?? 0) + (p.terms?.length ?? 0)} custom terms in clear`}, ${r.value.policy?.sections.length ?? 'built-in'} policy sections -> ${o.out}`);
  if (notices.length) log(`names that need context (${notices.length}):\n  ${notices.map(describeNameNotice).join('\n  ')}`);
  if (o.embedRosterKey) log(`warning: --embed-roster-key: the roster key is inside ${o.out}. Whoever holds this file can read its pupils' names${hashedTerms ? ' and private terms' : ''} by trying lists of names. Use it only for a file imported on devices without managed policy; elsewhere give the key by policy (rosterKey) and build without this flag.`);
  return r.value;
}

/**
 * --expires: after it the pack is refused wherever it is offered (lib/rule-pack/freshness.ts),
 * so an old signed pack cannot be replayed for ever; a pack in force stays, shown as expired.
 */
export function expiryFrom(value: string, issued: number): string {
  const days = /^(\d+)d$/.exec(value.trim());
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00Z` : value.trim();
  const at = days ? issued + Number(days[1]) * 86_400_000 : Date.parse(date);
  if (!Number.isFinite(at) || (!days && !/^\d{4}-\d{2}-\d{2}(T.*(Z|[+-]\d{2}:\d{2}))?$/.test(date))) {
    throw new UsageError(`--expires must be a date (2027-08-31), a date-time with a time zone, or a number of days (120d), not "${value}"`);
  }
  if (at <= issued) throw new UsageError(`--expires ${value} is not after the pack's issue date`);
  return new Date(at).toISOString();
}

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/['\u2019]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'school';

function tryRead(path: string): PackV2 | undefined {
  try {
    return readPackFile(path).pack;
  } catch {
    return undefined;
  }
}
