import { ManagedUnavailable } from '../../managed-via-background';
import { rosterKeysFromPolicy } from '../../rule-pack/roster-key';
import type { PackSettings } from '../../storage';

/**
 * What leadership set through enterprise policy (public/managed_schema.json):
 * Chromium's managed storage, Firefox's policies.json. Read defensively: Chromium
 * drops values of the wrong type, Firefox does not validate at all.
 */
export interface ManagedPolicy {
  packUrl?: string;
  trustedKeys?: string[];
  updateIntervalMinutes?: number;
  /** A whole pack as a JSON string. */
  inlinePack?: string;
  allowUnsigned?: boolean;
  lockedCategories?: string[];
  /** Pack ids the school accepts; any other id is refused (issue 12, point 4). */
  packIds?: string[];
  /** The school's roster key (base64, 32 bytes) for keyed pupil hashes (issue 12; lib/roster-keys.ts reads it for every page). */
  rosterKey?: string;
  /** This browser is one the school owns (issue 15, point 4; lib/school-device.ts reads it for every page). */
  schoolDevice?: boolean;
}

export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;

/**
 * The managed policy, `{}` when there is none (Firefox THROWS "Managed storage manifest not
 * found" then). A read that did not answer in time (ManagedUnavailable) is thrown on, not
 * taken for "no policy": a device whose policy sets its pack source must not, for want of
 * an answer, take a pack from a source the policy rules out.
 */
export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await area?.get(null)) ?? {};
  } catch (error) {
    if (error instanceof ManagedUnavailable) throw error;
    return {};
  }
  const policy: ManagedPolicy = {};
  if (typeof raw.packUrl === 'string' && raw.packUrl.trim()) policy.packUrl = raw.packUrl.trim();
  if (strings(raw.trustedKeys)) policy.trustedKeys = strings(raw.trustedKeys);
  if (typeof raw.updateIntervalMinutes === 'number' && raw.updateIntervalMinutes > 0) policy.updateIntervalMinutes = raw.updateIntervalMinutes;
  if (typeof raw.inlinePack === 'string' && raw.inlinePack.trim()) policy.inlinePack = raw.inlinePack;
  if (typeof raw.allowUnsigned === 'boolean') policy.allowUnsigned = raw.allowUnsigned;
  if (strings(raw.lockedCategories)) policy.lockedCategories = strings(raw.lockedCategories);
  const packIds = strings(raw.packIds)?.map((id) => id.trim()).filter(Boolean);
  if (packIds?.length) policy.packIds = packIds;
  const [rosterKey] = rosterKeysFromPolicy(raw);
  if (rosterKey) policy.rosterKey = rosterKey;
  if (typeof raw.schoolDevice === 'boolean') policy.schoolDevice = raw.schoolDevice;
  return policy;
}

/** Six hours: packs change a few times a term, and each check is one small conditional request. */
export const DEFAULT_INTERVAL_MINUTES = 360;

export interface EffectiveSettings {
  packUrl?: string;
  trustedKeys: string[];
  allowUnsigned: boolean;
  updateIntervalMinutes: number;
  inlinePack?: string;
  /** From the managed policy only: staff cannot pin ids of their own. */
  packIds?: string[];
  /**
   * The pack sources the managed policy sets (its inline pack, its pack URL). When
   * any is set the device is managed for packs: a file import is refused there, and a
   * pack from these sources replaces a file-imported one (issue 12, point 4).
   */
  managedSources: Array<'managed-inline' | 'url'>;
}

/**
 * Managed values win field by field over the local pack settings. A managed
 * `trustedKeys` (or `allowUnsigned`) replaces the local one: on a managed device
 * staff can't trust a key of their own.
 */
export function effectiveSettings(managed: ManagedPolicy, local: PackSettings): EffectiveSettings {
  const settings: EffectiveSettings = {
    trustedKeys: managed.trustedKeys ?? local.trustedKeys ?? [],
    allowUnsigned: managed.allowUnsigned ?? (managed.trustedKeys ? false : (local.allowUnsigned ?? false)),
    // Chromium's alarms fire at most every 30 s in a packed extension: 1 minute is the floor.
    updateIntervalMinutes: Math.max(1, managed.updateIntervalMinutes ?? local.updateIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES),
    managedSources: [...(managed.inlinePack ? (['managed-inline'] as const) : []), ...(managed.packUrl ? (['url'] as const) : [])],
  };
  const packUrl = managed.packUrl ?? local.packUrl;
  if (packUrl) settings.packUrl = packUrl;
  if (managed.inlinePack) settings.inlinePack = managed.inlinePack;
  if (managed.packIds) settings.packIds = managed.packIds;
  return settings;
}
