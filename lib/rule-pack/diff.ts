import { CATEGORIES, type Category } from '../../rules/categories';
import { DEFAULT_PACK } from '../../rules/default-pack';
import type { CategoryOverride, Pack, PackV2 } from '../../rules/schema';
import { fromV1, toRuntimePack } from './layer';
import { words } from '../analyze/profile';
import { hashedPupilCount, pupilHashSets, termHashSets } from './pupils';
import { describeSession } from '../schedule/session-times';

/**
 * What changed between two packs, in plain words for staff and IT:
 * "Added 3 staff names", "Profanity: severity warn -> high",
 * "Policy section 5 text changed". Names of people are never listed, only
 * counted (the popup is read over shoulders). Empty when nothing changed.
 */
export function describeChanges(old: PackV2, next: PackV2): string[] {
  const out: string[] = [];
  if (old.id !== next.id) out.push(`Replaced the rules "${old.id}" with "${next.id}"`);
  if (old.publisher.name !== next.publisher.name) out.push(`Publisher: ${old.publisher.name} -> ${next.publisher.name}`);
  const os = old.profile?.school, ns = next.profile?.school;
  if (os?.name !== ns?.name) out.push(`School name: ${os?.name ?? 'none'} -> ${ns?.name ?? 'none'}`);
  counted(out, 'school alias', [...(os?.aliases ?? []), ...(os?.handles ?? [])], [...(ns?.aliases ?? []), ...(ns?.handles ?? [])]);
  for (const k of ['address', 'postcode', 'website'] as const) if (os?.[k] !== ns?.[k]) out.push(`School ${k} changed`);
  counted(out, 'place', os?.places ?? [], ns?.places ?? []);
  counted(out, 'staff name', (old.profile?.staff ?? []).map((s) => s.name), (next.profile?.staff ?? []).map((s) => s.name));
  counted(out, 'pupil name', old.profile?.pupils ?? [], next.profile?.pupils ?? []);
  out.push(...hashedChanges(old, next));
  const terms = (p: PackV2) => [...(p.terms ?? []), ...(p.profile?.terms ?? [])].map((t) => `${t.category}|${t.text}`);
  counted(out, 'custom term', terms(old), terms(next));
  counted(out, 'allowed term', old.allowedTerms ?? [], next.allowedTerms ?? []);
  for (const c of CATEGORIES) out.push(...categoryChanges(c, old.categories?.[c], next.categories?.[c]));
  out.push(...policyChanges(old, next));
  for (const site of listDiff(old.sites?.off ?? [], next.sites?.off ?? [], (s) => s).added) out.push(`Stopped checking ${site}`);
  for (const site of listDiff(old.sites?.off ?? [], next.sites?.off ?? [], (s) => s).removed) out.push(`Checks ${site} again`);
  for (const site of listDiff(old.sites?.add ?? [], next.sites?.add ?? [], (s) => s).added) out.push(`Now also checks ${site}`);
  for (const site of listDiff(old.sites?.add ?? [], next.sites?.add ?? [], (s) => s).removed) out.push(`No longer checks ${site}`);
  if ((old.pause?.level ?? 'default') !== (next.pause?.level ?? 'default')) out.push(`Pause before posting: ${old.pause?.level ?? 'default'} -> ${next.pause?.level ?? 'default'}`);
  if (!!old.pause?.locked !== !!next.pause?.locked) out.push(`Pause before posting ${next.pause?.locked ? 'locked' : 'unlocked'}`);
  if (old.retentionDays !== next.retentionDays) out.push(`Saved drafts kept: ${days(old.retentionDays)} -> ${days(next.retentionDays)}`);
  out.push(...beyondDraftChanges(old, next));
  if (JSON.stringify(old.rules ?? null) !== JSON.stringify(next.rules ?? null)) out.push(`Rules changed (${next.rules ? `${next.rules.length} rules` : 'back to the built-in rules'})`);
  counted(out, 'example', (old.examples ?? []).map((e) => e.text), (next.examples ?? []).map((e) => e.text), (x) => x);
  if (JSON.stringify(old.lexicons ?? {}) !== JSON.stringify(next.lexicons ?? {})) out.push('Word lists changed');
  return out;
}

/**
 * What changes for staff when `next` replaces `old` (null: the built-in pack):
 * both are first laid on the built-in pack (toRuntimePack), so a category the
 * new pack leaves unset reads as the built-in setting, not as a change.
 */
export function describeEffectiveChanges(old: PackV2 | null, next: PackV2, builtIn: Pack = DEFAULT_PACK): string[] {
  const before = fromV1(old ? toRuntimePack(old, builtIn) : builtIn);
  const after = fromV1(toRuntimePack(next, builtIn));
  return describeChanges(before, after);
}

/**
 * Hashed pupils and private terms: each version has a fresh salt (issue 12), so
 * two versions share no hash and only counts and keys can be compared. A roster
 * changed name for name at the same size reads as no change: the price of
 * hashes nobody can line up across versions.
 */
function hashedChanges(old: PackV2, next: PackV2): string[] {
  const out: string[] = [];
  const a = hashedPupilCount(old.profile), b = hashedPupilCount(next.profile);
  if (a !== b) out.push(`Pupil list (hashed): ${a} -> ${b} names`);
  const keyIds = (p: PackV2) => [...new Set([...pupilHashSets(p.profile), ...termHashSets(p.profile)].map((s) => s.keyId ?? 'none'))].sort().join();
  const ka = keyIds(old), kb = keyIds(next);
  if (kb && ka && ka !== kb) out.push(`Hashed names now use roster key ${kb.replace('none', 'none (legacy, readable)')}`);
  const terms = (p: PackV2) => termHashSets(p.profile).reduce((n, s) => n + Object.values(s.terms).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
  if (terms(old) !== terms(next)) out.push(`Private terms (hashed): ${terms(old)} -> ${terms(next)}`);
  return out;
}

/** Issue 15, point 6: the guards, the safeguarding lead and the session times (the lead named by role only: read over shoulders). */
function beyondDraftChanges(old: PackV2, next: PackV2): string[] {
  const out: string[] = [];
  for (const [k, what] of [['requests', 'Friend requests to pupils'], ['messages', 'Messages to pupils']] as const) {
    const a = old.guards?.[k] !== false, b = next.guards?.[k] !== false;
    if (a !== b) out.push(`${what}: ${b ? 'checked' : 'no longer checked'}`);
  }
  const lead = (p: PackV2) => JSON.stringify(p.safeguardingLead ?? null);
  if (lead(old) !== lead(next)) out.push(next.safeguardingLead ? 'Safeguarding lead changed' : 'Safeguarding lead removed');
  const session = (p: PackV2) => (p.sessionTimes ? describeSession(p.sessionTimes) : 'none');
  if (JSON.stringify(old.sessionTimes ?? null) !== JSON.stringify(next.sessionTimes ?? null)) out.push(`Session times: ${session(old)} -> ${session(next)}`);
  return out;
}

export const categoryName = (c: Category): string => c[0]!.toUpperCase() + c.slice(1).replace(/-/g, ' ');
const days = (d?: number) => (d === undefined ? 'default' : `${d} days`);

function categoryChanges(c: Category, a: CategoryOverride | undefined, b: CategoryOverride | undefined): string[] {
  const name = categoryName(c), out: string[] = [];
  if ((a?.enabled ?? true) !== (b?.enabled ?? true)) out.push(`${name}: turned ${b?.enabled === false ? 'off' : 'on'}`);
  if (a?.severity !== b?.severity) out.push(`${name}: severity ${a?.severity ?? 'default'} -> ${b?.severity ?? 'default'}`);
  if (a?.message !== b?.message) out.push(`${name}: message changed`);
  if (a?.suggestion !== b?.suggestion) out.push(`${name}: suggestion changed`);
  if ((a?.sections ?? []).join() !== (b?.sections ?? []).join()) out.push(`${name}: policy sections ${(a?.sections ?? []).join(', ') || 'default'} -> ${(b?.sections ?? []).join(', ') || 'default'}`);
  if (!!a?.locked !== !!b?.locked) out.push(`${name}: ${b?.locked ? 'locked' : 'unlocked'}`);
  return out;
}

function policyChanges(old: PackV2, next: PackV2): string[] {
  const a = old.policy, b = next.policy, out: string[] = [];
  if (!a && !b) return out;
  if (a?.title !== b?.title) out.push(`Policy: ${b ? `now "${b.title}"` : 'back to the built-in policy'}`);
  const as = new Map((a?.sections ?? []).map((s) => [s.id, s])), bs = new Map((b?.sections ?? []).map((s) => [s.id, s]));
  for (const [id, s] of bs) {
    const was = as.get(id);
    if (!was) out.push(`Policy section ${id} added`);
    else if (was.title !== s.title || was.summary !== s.summary || (was.text ?? '') !== (s.text ?? '')) out.push(`Policy section ${id} text changed`);
  }
  for (const id of as.keys()) if (!bs.has(id)) out.push(`Policy section ${id} removed`);
  return out;
}

function counted(out: string[], noun: string, a: readonly string[], b: readonly string[], key = (s: string) => words(s).join(' ')): void {
  const { added, removed } = listDiff(a, b, key);
  const n = (k: number) => `${k} ${noun}${k === 1 ? '' : 's'}`;
  if (added.length) out.push(`Added ${n(added.length)}`);
  if (removed.length) out.push(`Removed ${n(removed.length)}`);
}

function listDiff(a: readonly string[], b: readonly string[], key: (s: string) => string) {
  const ka = new Set(a.map(key)), kb = new Set(b.map(key));
  return { added: b.filter((x) => !ka.has(key(x))), removed: a.filter((x) => !kb.has(key(x))) };
}
