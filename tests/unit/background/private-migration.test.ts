import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../components/author/draft';
import { authorDraftItem, authorKeysItem } from '../../../lib/author-storage';
import { migrateToPrivateStore, privateMigrationItem } from '../../../lib/background/private-migration';
import { generateKeys, signPack, verifySignedPack } from '../../../lib/rule-pack/sign';
import { packSettingsItem } from '../../../lib/storage';
import { schoolPack } from './pack-builder';

/** Issue 12, point 5: what versions before it left in storage.local, moved once into the private store. */

beforeEach(() => fakeBrowser.reset());

const local = () => fakeBrowser.storage.local;
const draft = { ...emptyDraft(), packId: 'school:oakhollow', pupils: ['Toby Quillfeather'] };

/** storage.local as WXT left it: each value, and its `$` version record. */
async function oldVersionLeft(values: Record<string, unknown>) {
  await local().set(Object.fromEntries(Object.entries(values).flatMap(([key, value]) => [[key, value], [`${key}$`, { v: 1 }]])));
}

describe('moving to the private store on update', () => {
  it('moves the draft, the settings and the keys (the private key made non-extractable), then removes them from storage.local', async () => {
    const keys = await generateKeys();
    const settings = { packUrl: 'https://rules.example/p.json', trustedKeys: [keys.publicKey] };
    await oldVersionLeft({ 'author-draft': draft, 'author-keys': keys, 'pack-settings': settings });
    await local().set({ 'site-settings': { disabled: [], pausedUntil: 0, added: [] } });

    await migrateToPrivateStore(local());

    expect(await authorDraftItem.getValue()).toEqual(draft);
    expect(await packSettingsItem.getValue()).toEqual(settings);
    const kept = await authorKeysItem.getValue();
    expect(kept).toMatchObject({ publicKey: keys.publicKey, keyId: keys.keyId, privateKey: { extractable: false } });
    const signed = await signPack(schoolPack(1), kept!);
    expect(await verifySignedPack(signed, [keys.publicKey])).toMatchObject({ ok: true, keyId: keys.keyId });
    // Only what was moved left storage.local.
    expect(await local().get(null)).toEqual({ 'site-settings': { disabled: [], pausedUntil: 0, added: [] } });
    expect(await privateMigrationItem.getValue()).toBe(1);
  });

  it('runs once: values written to the old keys later (only a content script would) are deleted unread', async () => {
    const keys = await generateKeys();
    await oldVersionLeft({ 'pack-settings': { trustedKeys: [keys.publicKey] } });
    await migrateToPrivateStore(local());

    const attacker = await generateKeys();
    await local().set({ 'pack-settings': { allowUnsigned: true, trustedKeys: [attacker.publicKey] }, 'author-keys': attacker });
    await migrateToPrivateStore(local());
    expect(await packSettingsItem.getValue()).toEqual({ trustedKeys: [keys.publicKey] });
    expect(await authorKeysItem.getValue()).toBeNull();
    expect(await local().get(null)).toEqual({});
  });

  it('keeps a value already in the private store over one left in storage.local', async () => {
    await packSettingsItem.setValue({ packUrl: 'https://new.example/p.json' });
    await oldVersionLeft({ 'pack-settings': { packUrl: 'https://old.example/p.json' } });
    await migrateToPrivateStore(local());
    expect(await packSettingsItem.getValue()).toEqual({ packUrl: 'https://new.example/p.json' });
    expect(await local().get(null)).toEqual({});
  });

  it('drops a private key it cannot read, rather than leaving it in storage.local', async () => {
    await oldVersionLeft({ 'author-keys': { publicKey: 'AAAA', privateKey: 'not a key', keyId: '0000000000000000' }, 'author-draft': draft });
    await migrateToPrivateStore(local());
    expect(await authorKeysItem.getValue()).toBeNull();
    expect(await authorDraftItem.getValue()).toEqual(draft);
    expect(await local().get(null)).toEqual({});
  });
});
