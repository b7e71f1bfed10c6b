import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inOrder } from '../../../lib/background/listen';
import { acceptWithCore, describeWithCore } from '../../../lib/background/packs/pipeline';
import { effectiveSettings } from '../../../lib/background/packs/policy';
import { createPackUpdater } from '../../../lib/background/packs/updater';
import { createSpaceFreer, isQuotaError, jsonBytes } from '../../../lib/background/room';
import type { ExportedKeys } from '../../../lib/rule-pack';
import type { SavedDraft } from '../../../lib/review/retention';
import { errorLog, feedback, nudgeEvents, packInForceItem, previousPackItem, savedDrafts } from '../../../lib/storage';
import { limitLocalStorage } from '../helpers/quota-storage';
import { schoolPack, signed, testKeys } from './pack-builder';

/**
 * A fifth of Chromium's storage.local quota (chrome.storage.local.QUOTA_BYTES, 10,485,760):
 * the same fault and the same freeing, without stringifying 10 MB on every write of the test.
 */
const QUOTA_BYTES = 2_097_152;
const HOUR = 3_600_000;

let keys: ExportedKeys;
let quota: ReturnType<typeof limitLocalStorage> | undefined;
beforeAll(async () => {
  keys = await testKeys();
});
beforeEach(() => fakeBrowser.reset());
afterEach(() => quota?.restore());

function updater(freeSpace?: () => Promise<boolean>) {
  return createPackUpdater({
    accept: acceptWithCore,
    describeChanges: describeWithCore,
    fetch: async () => new Response('', { status: 404 }),
    settings: async () => effectiveSettings({}, { trustedKeys: [keys.publicKey] }),
    now: () => 1_000,
    ...(freeSpace ? { freeSpace } : {}),
  });
}

/** A school pack with many confidential terms: a big pack needs room beyond the small records. */
const bigPack = (version: number) =>
  schoolPack(version, {
    terms: [
      { text: `codeword-${version}`, category: 'confidential' as const },
      ...Array.from({ length: 1_500 }, (_, i) => ({ text: `project ${version} ${i}`, category: 'confidential' as const })),
    ],
  });

const draft = (i: number, bytes: number): SavedDraft => ({ id: `d${i}`, site: 'facebook', host: 'www.facebook.com', savedAt: i * HOUR, text: `${i} ${'x'.repeat(bytes)}`, findings: [] });

/** What the page's scripted saves did before the caps: drafts written until storage is all but full. */
async function fillWithDrafts(leave: number): Promise<SavedDraft[]> {
  const used = await quota!.inUse();
  const each = 100_000;
  const count = Math.floor((QUOTA_BYTES - used - leave) / (each + 120));
  const drafts = Array.from({ length: count }, (_, i) => draft(i + 1, each));
  await savedDrafts.setValue(drafts);
  // Fill the rest up to `leave` bytes with one smaller, newest draft.
  const rest = QUOTA_BYTES - (await quota!.inUse()) - leave - 150;
  if (rest > 0) {
    drafts.push(draft(count + 1, rest));
    await savedDrafts.setValue(drafts);
  }
  return drafts;
}

describe('the pack in force can always be written (issue 12, point 3)', () => {
  it('frees the error log, nudge events, feedback and the oldest drafts, and the signed pack lands with the newest draft kept', async () => {
    expect(await updater().importFile(await signed(schoolPack(1), keys))).toMatchObject({ lastResult: 'accepted' });
    quota = limitLocalStorage(QUOTA_BYTES);
    await errorLog.setValue(Array.from({ length: 50 }, (_, i) => ({ at: i, where: 'pause', message: 'test', host: 'www.facebook.com' })));
    await nudgeEvents.setValue(Array.from({ length: 200 }, (_, i) => ({ at: i, category: 'profanity' as const })));
    await feedback.setValue(Array.from({ length: 50 }, () => ({ rule: 'r', category: 'profanity' as const, text: 'words', host: 'x.com', at: '2026-12-01T00:00:00Z' })));
    const drafts = await fillWithDrafts(1_000);
    expect(await quota.inUse()).toBeGreaterThan(QUOTA_BYTES - 2_000);

    const v2 = await signed(bigPack(2), keys);
    // Without freeing, the write fails as it did in the attack, and version 1 stays.
    await expect(updater().importFile(v2)).rejects.toThrow(/QUOTA_BYTES quota exceeded/);
    expect((await packInForceItem.getValue())?.version).toBe(1);

    const status = await updater(createSpaceFreer(inOrder())).importFile(v2);
    expect(status).toMatchObject({ lastResult: 'accepted', version: 2 });
    expect((await packInForceItem.getValue())?.version).toBe(2);
    const kept = await savedDrafts.getValue();
    const newest = drafts[drafts.length - 1]!;
    expect(kept.map((d) => d.id)).toContain(newest.id);
    // The oldest went first; not all of them: only as many halvings as the pack needed.
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(drafts.length);
    expect(Math.min(...kept.map((d) => d.savedAt))).toBeGreaterThan(drafts[0]!.savedAt);
    expect(await errorLog.getValue()).toEqual([]);
    expect(await nudgeEvents.getValue()).toEqual([]);
    expect(await feedback.getValue()).toEqual([]);
    expect(await quota.inUse()).toBeLessThanOrEqual(QUOTA_BYTES);
  });

  it('drops no draft when the previous pack and the small records make room enough', async () => {
    await updater().importFile(await signed(schoolPack(2), keys));
    await updater().importFile(await signed(schoolPack(3), keys));
    quota = limitLocalStorage(QUOTA_BYTES);
    expect(jsonBytes(await previousPackItem.getValue())).toBeGreaterThan(1_000);
    const drafts = await fillWithDrafts(200);

    const status = await updater(createSpaceFreer(inOrder())).importFile(await signed(schoolPack(4), keys));
    expect(status).toMatchObject({ lastResult: 'accepted', version: 4 });
    expect((await savedDrafts.getValue()).map((d) => d.id)).toEqual(drafts.map((d) => d.id));
  });

  it('keeps the pack in force and says why when nothing can be freed', async () => {
    await updater().importFile(await signed(schoolPack(2), keys));
    quota = limitLocalStorage(QUOTA_BYTES);
    // Filled by something postguard does not own and will not delete.
    await fakeBrowser.storage.local.set({ other: 'z'.repeat(QUOTA_BYTES - (await quota.inUse()) - 100) });
    await expect(updater(createSpaceFreer(inOrder())).importFile(await signed(bigPack(3), keys))).rejects.toThrow(/quota/);
    expect((await packInForceItem.getValue())?.version).toBe(2);
  });

  it('knows a quota error from Chromium and Firefox, and nothing else', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('Could not establish connection'))).toBe(false);
  });
});
