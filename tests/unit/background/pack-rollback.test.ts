import { fakeBrowser } from 'wxt/testing';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptWithCore, describeWithCore } from '../../../lib/background/packs/pipeline';
import { effectiveSettings, readManagedPolicy } from '../../../lib/background/packs/policy';
import { seenVersions } from '../../../lib/background/packs/seen-versions';
import { createPackUpdater } from '../../../lib/background/packs/updater';
import type { ExportedKeys } from '../../../lib/rule-pack';
import { getPackInForce } from '../../../lib/pack-in-force';
import { packInForceItem, packSettingsItem } from '../../../lib/storage';
import { TEST_PACK_ID, schoolPack, signed, testKeys } from './pack-builder';
import { definePrivateItem } from '../../../lib/private-store';

// Issue 12, point 4: version order was checked only within one pack id and issuedAt
// never, so a school's v1 could replace its v5 by coming under another id.

let keys: ExportedKeys;
beforeAll(async () => {
  keys = await testKeys();
});
beforeEach(() => fakeBrowser.reset());

const NOW = Date.parse('2026-12-07T09:00:00Z');
const OLD_ID = 'school:test-academy-2025';

function updater(now = NOW) {
  return createPackUpdater({
    accept: acceptWithCore,
    describeChanges: describeWithCore,
    fetch: async () => new Response('', { status: 404 }),
    settings: async () => effectiveSettings(await readManagedPolicy(fakeBrowser.storage.managed), await packSettingsItem.getValue()),
    now: () => now,
  });
}
const pack = (version: number, issuedAt: string, over: Parameters<typeof schoolPack>[1] = {}) => signed(schoolPack(version, { issuedAt, ...over }), keys);

describe('rollback by switching pack ids is refused', () => {
  beforeEach(() => packSettingsItem.setValue({ trustedKeys: [keys.publicKey] }));

  it('v5 in force; the same school\'s v1 under another id, issued before it, is refused', async () => {
    const packs = updater();
    expect(await packs.importFile(await pack(5, '2026-11-25T09:00:00Z'))).toMatchObject({ lastResult: 'accepted', version: 5 });
    const oldUnderOtherId = await pack(1, '2025-09-01T09:00:00Z', { id: OLD_ID });
    expect(await packs.importFile(oldUnderOtherId)).toMatchObject({
      lastResult: 'refused', stage: 'version', reason: expect.stringMatching(/issued .* before the pack in force, school:test-academy version 5/),
    });
    expect(await getPackInForce()).toMatchObject({ id: TEST_PACK_ID, version: 5 });
  });

  it('v5 in force, another id in between, then v1 of the first id again: refused (highest version seen is kept)', async () => {
    const packs = updater();
    await packs.importFile(await pack(5, '2026-11-25T09:00:00Z'));
    // The detour: a later pack under another id (a trust pack, say) is fine.
    expect(await packs.importFile(await pack(1, '2026-11-30T09:00:00Z', { id: OLD_ID }))).toMatchObject({ lastResult: 'accepted' });
    // Even with a later issue date than the detour, v1 and v5 of the first id are behind what this device saw.
    for (const version of [1, 5]) {
      expect(await packs.importFile(await pack(version, '2026-12-01T09:00:00Z'))).toMatchObject({
        lastResult: 'refused', stage: 'version', reason: `version ${version} of ${TEST_PACK_ID} is not newer than version 5, already accepted on this device`,
      });
    }
    expect(await getPackInForce()).toMatchObject({ id: OLD_ID });
    expect(await packs.importFile(await pack(6, '2026-12-01T09:00:00Z'))).toMatchObject({ lastResult: 'accepted', version: 6 });
    expect(await seenVersions.get()).toEqual({ [TEST_PACK_ID]: 6, [OLD_ID]: 1 });
  });

  it('a pack in force from before versions were recorded still counts as seen', async () => {
    const packs = updater();
    await packs.importFile(await pack(5, '2026-11-25T09:00:00Z'));
    // Forget the record, as on a device updated from before versions were kept.
    await definePrivateItem('pack-versions-seen', {}).removeValue();
    await packs.importFile(await pack(1, '2026-11-30T09:00:00Z', { id: OLD_ID }));
    expect(await seenVersions.get()).toMatchObject({ [TEST_PACK_ID]: 5 });
  });
});

describe('managed policy pins pack ids', () => {
  it('a pack with another id is refused from every source, saying which ids the policy accepts', async () => {
    await fakeBrowser.storage.managed.set({ trustedKeys: [keys.publicKey], packIds: [TEST_PACK_ID], inlinePack: await pack(1, '2027-01-01T09:00:00Z', { id: OLD_ID }) });
    expect(await updater().applyInline()).toMatchObject({
      lastResult: 'refused', stage: 'version', reason: `pack id ${OLD_ID} is not one this school's policy accepts (packIds: ${TEST_PACK_ID})`,
    });
    expect(await packInForceItem.getValue()).toBeNull();
    await fakeBrowser.storage.managed.set({ inlinePack: await pack(2, '2026-11-25T09:00:00Z') });
    expect(await updater().applyInline()).toMatchObject({ lastResult: 'accepted', version: 2 });
  });
  it('is read only from the managed policy, trimmed, empty entries dropped', async () => {
    expect(await readManagedPolicy({ get: async () => ({ packIds: [' school:a ', ''] }) })).toEqual({ packIds: ['school:a'] });
    expect(await readManagedPolicy({ get: async () => ({ packIds: 'school:a' }) })).toEqual({});
    expect(effectiveSettings({}, { trustedKeys: [] }).packIds).toBeUndefined();
  });
});

describe('a managed source wins over a file import on a managed device', () => {
  it('a file import is refused where the policy sets an inline pack or a pack URL, saying why', async () => {
    await fakeBrowser.storage.managed.set({ trustedKeys: [keys.publicKey], inlinePack: await pack(2, '2026-11-25T09:00:00Z') });
    const packs = updater();
    await packs.applyInline();
    expect(await packs.importFile(await pack(9, '2026-12-01T09:00:00Z'))).toMatchObject({
      lastResult: 'refused', stage: 'source', reason: expect.stringMatching(/school policy delivers its rule pack .* a pack file cannot be imported here/),
    });
    expect(await getPackInForce()).toMatchObject({ version: 2 });
  });
  it('a pack URL typed on the device is not used there either', async () => {
    await fakeBrowser.storage.managed.set({ trustedKeys: [keys.publicKey], inlinePack: await pack(2, '2026-11-25T09:00:00Z') });
    await packSettingsItem.setValue({ packUrl: 'https://staff.example.org/p.json' });
    const body = await pack(9, '2026-12-01T09:00:00Z');
    const fetchFn = vi.fn(async () => new Response(body));
    const packs = createPackUpdater({
      accept: acceptWithCore, describeChanges: describeWithCore, now: () => NOW,
      fetch: fetchFn,
      settings: async () => effectiveSettings(await readManagedPolicy(fakeBrowser.storage.managed), await packSettingsItem.getValue()),
    });
    expect(await packs.checkUrl()).toMatchObject({ lastResult: 'refused', stage: 'source', reason: /pack URL set on this device is not used/ });
    expect(fetchFn).not.toHaveBeenCalled();
  });
  it('a file-imported pack in force is replaced by the policy\'s pack, even one issued earlier under another id', async () => {
    await packSettingsItem.setValue({ trustedKeys: [keys.publicKey] });
    const packs = updater();
    await packs.importFile(await pack(9, '2026-12-01T09:00:00Z'));
    await fakeBrowser.storage.managed.set({ trustedKeys: [keys.publicKey], inlinePack: await pack(2, '2026-11-25T09:00:00Z', { id: OLD_ID }) });
    expect(await packs.applyInline()).toMatchObject({ lastResult: 'accepted', version: 2 });
    expect(await packInForceItem.getValue()).toMatchObject({ source: 'managed-inline', pack: { id: OLD_ID } });
  });
});

describe('expiry', () => {
  beforeEach(() => packSettingsItem.setValue({ trustedKeys: [keys.publicKey] }));

  it('an expired pack is refused: an old signed pack cannot be replayed for ever', async () => {
    const expired = await pack(2, '2026-09-01T09:00:00Z', { expiresAt: '2026-12-01T00:00:00Z' });
    expect(await updater().importFile(expired)).toMatchObject({ lastResult: 'refused', stage: 'version', reason: /expired on 2026-12-01T00:00:00Z/ });
    expect(await updater(Date.parse('2026-11-30T00:00:00Z')).importFile(expired)).toMatchObject({ lastResult: 'accepted' });
  });
  it('the pack in force stays in force after its expiry (clearing a school\'s rules protects nothing)', async () => {
    await updater(Date.parse('2026-11-30T00:00:00Z')).importFile(await pack(2, '2026-09-01T09:00:00Z', { expiresAt: '2026-12-01T00:00:00Z' }));
    // A week later the worker wakes and checks for packs: nothing takes the expired pack away.
    await updater(NOW).applyInline();
    await updater(NOW).checkUrl();
    expect(await getPackInForce()).toMatchObject({ version: 2, expiresAt: '2026-12-01T00:00:00Z' });
  });
  it('a pack that expires before it was issued is refused', async () => {
    expect(await updater().importFile(await pack(2, '2026-12-01T09:00:00Z', { expiresAt: '2026-11-01T00:00:00Z' }))).toMatchObject({
      lastResult: 'refused', stage: 'version', reason: /expires .* before it was issued/,
    });
  });
});
