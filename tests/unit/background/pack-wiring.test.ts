import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { PACK_ALARM } from '../../../lib/background/packs/start';
import { message } from '../../../lib/messages';
import type { ExportedKeys } from '../../../lib/rule-pack';
import { packInForceItem, packSettingsItem, packStatusItem } from '../../../lib/storage';
import { fakeTab } from './helpers';
import { schoolPack, signed, testKeys } from './pack-builder';

/** The background entrypoint as the browser runs it, with managed storage seeded and fetch stubbed. */
let keys: ExportedKeys;
beforeAll(async () => {
  keys = await testKeys();
});

const PAGE = () => ({ url: fakeBrowser.runtime.getURL('/options.html') });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'postguard', version: '0.1.0', content_scripts: [] });
});

afterEach(() => vi.unstubAllGlobals());

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  // 10 s: a ceiling, met in milliseconds when the machine is idle; a loaded CI machine once took over 3 s.
  await vi.waitFor(async () => expect(ok(await read())).toBe(true), { timeout: 10_000, interval: 20 });
  return read();
}

describe('pack updates wired in the background', () => {
  it('applies the managed inline pack present at start', async () => {
    await fakeBrowser.storage.managed.set({ inlinePack: await signed(schoolPack(3), keys), trustedKeys: [keys.publicKey] });
    background.main();
    const stored = await until(() => packInForceItem.getValue(), (p) => p !== null);
    expect(stored).toMatchObject({ source: 'managed-inline', version: 3 });
  });

  it('applies a managed policy that arrives after start-up, and sets the alarm for its interval', async () => {
    const body = await signed(schoolPack(5), keys);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200, headers: { ETag: '"5"' } })));
    background.main();
    await fakeBrowser.storage.managed.set({ packUrl: 'https://packs.example.org/p.json', trustedKeys: [keys.publicKey], updateIntervalMinutes: 30 });
    const stored = await until(() => packInForceItem.getValue(), (p) => p !== null);
    expect(stored).toMatchObject({ source: 'url', version: 5 });
    const alarm = await until(() => fakeBrowser.alarms.get(PACK_ALARM), (a) => a !== undefined);
    expect(alarm?.periodInMinutes).toBe(30);
  });

  it('checks the URL on the alarm', async () => {
    const fetchFn = vi.fn(async () => new Response('', { status: 503 }));
    vi.stubGlobal('fetch', fetchFn);
    await packSettingsItem.setValue({ packUrl: 'https://packs.example.org/p.json' });
    background.main();
    await until(async () => fetchFn.mock.calls.length, (n) => n === 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_ALARM, scheduledTime: Date.now() });
    await until(async () => fetchFn.mock.calls.length, (n) => n === 2);
    // The status is written after the fetch answers, not when it is called: wait for it. (CI once read
    // it in between, and found a write of the previous test's background, whose work was still in flight.)
    const status = await until(async () => (await packStatusItem.getValue()).url, (s) => s?.lastResult === 'refused');
    expect(status).toMatchObject({ lastResult: 'refused', reason: 'the pack URL answered HTTP 503' });
  });

  it('answers import-pack and check-pack-now from extension pages only', async () => {
    await packSettingsItem.setValue({ trustedKeys: [keys.publicKey] });
    background.main();
    const text = await signed(schoolPack(2), keys);
    const fromPage = await fakeBrowser.runtime.onMessage.trigger(message('import-pack', { text }), PAGE());
    expect(fromPage.find(Boolean)).toMatchObject({ lastResult: 'accepted', version: 2 });
    const fromWeb = await fakeBrowser.runtime.onMessage.trigger(message('import-pack', { text }), { url: 'https://evil.example/', tab: fakeTab(3) });
    expect(fromWeb.find(Boolean)).toBeUndefined();
    const check = await fakeBrowser.runtime.onMessage.trigger(message('check-pack-now', {}), PAGE());
    expect(check.find(Boolean)).toBeUndefined(); // no pack URL set: null
  });
});
