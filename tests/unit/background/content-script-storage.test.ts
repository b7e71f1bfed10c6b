import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../../components/author/draft';
import background from '../../../entrypoints/background';
import { authorDraftItem, authorKeysItem } from '../../../lib/author-storage';
import { message } from '../../../lib/messages';
import { PRIVATE_CHANGED } from '../../../lib/private-store';
import { type ExportedKeys, toSigningKeys } from '../../../lib/rule-pack/sign';
import { packInForceItem, packSettingsItem, packStatusItem } from '../../../lib/storage';
import { fakeTab } from './helpers';
import { schoolPack, signed, testKeys } from './pack-builder';

/**
 * Issue 12, point 5, replayed: a content script (a social site's renderer) has
 * `browser.storage.local` and `runtime.sendMessage`, nothing else of the extension.
 * Before the fix it could read the signing key and the draft with pupil names, and
 * write `allowUnsigned` or a key of its own into the pack settings the background
 * trusted. Here it reads nothing secret, and its writes change no decision.
 */

const PACK_URL = 'https://rules.oakhollow.example/pack.json';
const PUPIL = 'Toby Quillfeather';
let school: ExportedKeys;
let attacker: ExportedKeys;
beforeAll(async () => {
  [school, attacker] = await Promise.all([testKeys(), testKeys()]);
});

/** What the pack URL serves; the attacker controls it too (e.g. a hijacked host). */
let served = '';
const PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const CONTENT = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.facebook.com/', tab: fakeTab(9, 'https://www.facebook.com/') });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'postguard', version: '0.1.0', content_scripts: [] });
  vi.stubGlobal('fetch', vi.fn(async () => new Response(served, { status: 200 })));
  // What leadership's device holds, written by extension pages.
  await packSettingsItem.setValue({ packUrl: PACK_URL, trustedKeys: [school.publicKey] });
  await authorKeysItem.setValue(await toSigningKeys(school.privateKey));
  await authorDraftItem.setValue({ ...emptyDraft(), packId: 'school:test-academy', pupils: [PUPIL] });
});

afterEach(() => vi.unstubAllGlobals());

/** The content script's whole view of the extension's storage. */
const contentScript = { storage: () => fakeBrowser.storage.local };
const checkNow = async () => (await fakeBrowser.runtime.onMessage.trigger(message('check-pack-now', {}), PAGE())).find(Boolean);

describe('a content script, with storage.local only', () => {
  it('reads no key, no draft and no trust settings', async () => {
    background.main();
    await vi.waitFor(async () => expect((await packStatusItem.getValue()).url).toBeDefined());
    const everything = await contentScript.storage().get(null);
    for (const key of ['author-keys', 'author-draft', 'pack-settings']) expect(everything).not.toHaveProperty(key);
    const text = JSON.stringify(everything);
    // (The pack URL itself is public, served to anyone, and the last check's status, which names it, stays in storage.local.)
    for (const secret of [school.privateKey, PUPIL, school.publicKey]) expect(text).not.toContain(secret);
  });

  it('a school pack signed with the trusted key is still accepted (the settings the background reads are the private ones)', async () => {
    served = await signed(schoolPack(3), school);
    background.main();
    await vi.waitFor(async () => expect((await packInForceItem.getValue())?.version).toBe(3));
  });

  // Last: its final step starts pack checks that may still be running when it ends.
  it('writing allowUnsigned or a key of its own into pack-settings does not make the background accept its pack', async () => {
    background.main();
    await contentScript.storage().set({
      'pack-settings': { packUrl: PACK_URL, trustedKeys: [attacker.publicKey], allowUnsigned: true },
      'pack-settings$': { v: 1 },
    });
    // It also announces a change to the private store, as an extension page would.
    await fakeBrowser.runtime.onMessage.trigger({ type: PRIVATE_CHANGED, data: { key: 'pack-settings', from: 'x' } }, CONTENT());
    // And asks for a check itself, which only extension pages may.
    expect((await fakeBrowser.runtime.onMessage.trigger(message('check-pack-now', {}), CONTENT())).find(Boolean)).toBeUndefined();

    served = await signed(schoolPack(7), attacker);
    expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'signature', reason: expect.stringContaining(attacker.keyId) });
    served = JSON.stringify(schoolPack(8));
    expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'signature', reason: expect.stringMatching(/not signed/) });
    expect(await packInForceItem.getValue()).toBeNull();

    // The worker starts again (MV3 stops it when idle): the write is deleted, not carried into the private store.
    background.main();
    await vi.waitFor(async () => expect(await contentScript.storage().get('pack-settings')).toEqual({}));
    expect(await packSettingsItem.getValue()).toEqual({ packUrl: PACK_URL, trustedKeys: [school.publicKey] });
    served = await signed(schoolPack(9), attacker);
    expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'signature' });

    // The control: the same pack IS accepted once an extension page trusts that key, so the refusals above
    // came from where trust is read, not from the pack.
    await packSettingsItem.setValue({ packUrl: PACK_URL, trustedKeys: [attacker.publicKey] });
    await vi.waitFor(async () => expect((await packInForceItem.getValue())?.version).toBe(9));
  });
});
