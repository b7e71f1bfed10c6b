import { DEFAULT_PACK } from '../../../rules/default-pack';
import { inOrder } from '../listen';
import {
  packInForceItem, packNoticeItem, packStatusItem, previousPackItem,
  type PackSource, type SourceStatus, type StoredPack,
} from '../../storage';
import { type AcceptPack, type DescribeChanges, SOURCE_STAGE } from './accept';
import { isQuotaError, writeWithRoom } from '../room';
import { type FetchFn, fetchPack } from './fetch-pack';
import type { EffectiveSettings } from './policy';
import { type SeenVersions, seenVersions } from './seen-versions';

export interface UpdaterDeps {
  accept: AcceptPack;
  describeChanges: DescribeChanges;
  fetch: FetchFn;
  /** Managed policy over local pack settings, read fresh for every attempt. */
  settings(): Promise<EffectiveSettings>;
  now(): number;
  /** The highest version accepted per pack id; default the one in storage (./seen-versions.ts). */
  seen?: SeenVersions;
  /**
   * Frees the next thing in storage.local that can be lost, false when nothing is left
   * (lib/background/room.ts): the pack in force must land even when storage is full.
   */
  freeSpace?(): Promise<boolean>;
}

type OfferedSource = Exclude<PackSource, 'bundled'>;

/**
 * Every way a pack arrives (managed inline pack, pack URL, imported file) ends in
 * `offer`: the accept pipeline against the pack in force, then either the new pack
 * in force (the old one kept as "previous", a change notice for the popup) or a
 * refusal recorded in the source's status, the pack in force untouched. Attempts
 * run one at a time: two accepted at once could both be "newer" than the same pack.
 */
export function createPackUpdater(deps: UpdaterDeps) {
  const queue = inOrder();
  const seenStore = deps.seen ?? seenVersions;
  const record = (source: OfferedSource, status: SourceStatus) => recordStatus(source, status, deps.freeSpace);

  async function offer(source: OfferedSource, text: string, extra: Partial<SourceStatus> = {}): Promise<SourceStatus> {
    const [settings, stored, statuses] = await Promise.all([deps.settings(), packInForceItem.getValue(), packStatusItem.getValue()]);
    const bodyHash = await sha256Hex(text);
    const previous = statuses[source];
    // The same bytes as last time, which passed then: nothing to do (a refusal is tried again: trust may have changed).
    if (source !== 'file' && previous?.bodyHash === bodyHash && previous.lastResult !== 'refused') {
      return record(source, { ...previous, ...extra, lastCheck: deps.now(), lastResult: 'unchanged' });
    }
    const now = deps.now();
    const refused = (stage: string, reason: string): Promise<SourceStatus> =>
      record(source, { lastCheck: now, lastResult: 'refused', stage, reason, bodyHash, ...(extra.url ? { url: extra.url } : {}) });
    // A device whose policy sets a pack source takes its packs from there only: a file, or
    // a pack URL typed on the device (either open to anyone at the keyboard), may not
    // replace or undercut them (issue 12, point 4).
    const fromPolicy = (settings.managedSources as string[]).includes(source);
    if (settings.managedSources.length && !fromPolicy) {
      return refused(SOURCE_STAGE, deviceSourceRefusal(source));
    }
    const inForce = stored?.pack ?? DEFAULT_PACK;
    const seen = await seenStore.get();
    // The pack in force counts as seen even if it was accepted before versions were recorded.
    const highestSeen = stored ? { ...seen, [inForce.id]: Math.max(seen[inForce.id] ?? -1, inForce.version) } : seen;
    // A managed source replacing a file import: the policy is the authority, not the file's date.
    const managedOverFile = fromPolicy && (stored?.source === 'file' || (stored?.source === 'url' && !settings.managedSources.includes('url')));
    const result = await deps.accept(text, {
      inForce, trustedKeys: settings.trustedKeys, allowUnsigned: settings.allowUnsigned,
      checkIssuedAt: stored !== null && stored.source !== 'bundled' && !managedOverFile,
      ...(settings.packIds ? { pinnedIds: settings.packIds } : {}),
      highestSeen,
      now,
    });
    if (!result.ok) {
      // No validators kept for refused bytes: the next check fetches them whole and judges them again.
      const status: SourceStatus = { lastCheck: deps.now(), lastResult: 'refused', stage: result.stage, reason: result.reason, bodyHash };
      if (result.version !== undefined) status.version = result.version;
      if (extra.url) status.url = extra.url;
      return record(source, status);
    }
    if (stored) await seenStore.record(stored.pack.id, stored.version);
    const accepted: StoredPack = { pack: result.pack, document: result.document, source, version: result.version, publisher: result.publisher, keyId: result.keyId, acceptedAt: now };
    // The pack in force first, freeing space if storage is full (issue 12, point 3: a full
    // storage.local once kept a valid signed pack out, the old one left in force).
    await writeWithRoom(() => packInForceItem.setValue(accepted), deps.freeSpace);
    // Seen only once it is in force: a pack whose write failed must be able to land on the next try.
    await seenStore.record(result.pack.id, result.version);
    // The one it replaced is kept only for "what changed": when there is no room, drop it.
    await previousPackItem.setValue(stored ?? bundled()).catch((error: unknown) => {
      if (!isQuotaError(error)) throw error;
      return previousPackItem.setValue(null);
    });
    await writeWithRoom(() => packNoticeItem.setValue({
      version: result.version,
      publisher: result.publisher,
      changes: deps.describeChanges(stored ?? bundled(), result),
      at: now,
      dismissed: false,
    }), deps.freeSpace);
    return record(source, { ...extra, lastCheck: now, lastResult: 'accepted', version: result.version, bodyHash });
  }

  async function checkUrl(): Promise<SourceStatus | null> {
    const { packUrl, managedSources } = await deps.settings();
    if (!packUrl) return null;
    // A URL typed on a device whose policy delivers the pack inline is never fetched (see offer).
    if (managedSources.length && !managedSources.includes('url')) {
      return record('url', { url: packUrl, lastCheck: deps.now(), lastResult: 'refused', stage: SOURCE_STAGE, reason: deviceSourceRefusal('url') });
    }
    const previous = (await packStatusItem.getValue()).url;
    const outcome = await fetchPack(packUrl, previous, deps.fetch);
    if (outcome.kind === 'unchanged') return record('url', { ...previous, url: packUrl, lastCheck: deps.now(), lastResult: 'unchanged' });
    if (outcome.kind === 'failed') {
      return record('url', { url: packUrl, lastCheck: deps.now(), lastResult: 'refused', stage: 'fetch', reason: outcome.reason });
    }
    const extra: Partial<SourceStatus> = { url: packUrl };
    if (outcome.etag) extra.etag = outcome.etag;
    if (outcome.lastModified) extra.lastModified = outcome.lastModified;
    const status = await offer('url', outcome.text, extra);
    return status;
  }

  async function applyInline(): Promise<SourceStatus | null> {
    const { inlinePack } = await deps.settings();
    return inlinePack ? offer('managed-inline', inlinePack) : null;
  }

  return {
    /** A pack file IT chose in the options page. */
    importFile: (text: string) => queue(() => offer('file', text)),
    /** Fetch the pack URL now (start-up, the alarm, the e2e test hook). */
    checkUrl: () => queue(checkUrl),
    /** The managed policy's inline pack, if it sets one. */
    applyInline: () => queue(applyInline),
  };
}

export type PackUpdater = ReturnType<typeof createPackUpdater>;

/** Keeps what the last attempt did; a status lost to a full storage would have the same pack judged again as "not newer". */
async function recordStatus(source: OfferedSource, status: SourceStatus, free: UpdaterDeps['freeSpace']): Promise<SourceStatus> {
  await writeWithRoom(async () => packStatusItem.setValue({ ...(await packStatusItem.getValue()), [source]: status }), free);
  return status;
}

function deviceSourceRefusal(source: OfferedSource): string {
  const what = source === 'file' ? 'a pack file cannot be imported here' : 'the pack URL set on this device is not used';
  return `this device's school policy delivers its rule pack (managed policy), so ${what}; ask IT to update the pack they publish`;
}

function bundled(): StoredPack {
  return { pack: DEFAULT_PACK, source: 'bundled', version: DEFAULT_PACK.version, publisher: DEFAULT_PACK.publisher ?? 'postguard', keyId: null, acceptedAt: 0 };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
