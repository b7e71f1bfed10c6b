import type { Page } from '@playwright/test';
import type { ExportedKeys } from '../../lib/rule-pack/sign';
import type { PackSettings, PackStatus, StoredPack } from '../../lib/storage';
import { nudgeOf, openAndFocus } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import { startPackServer, type PackServer } from './packs-server';
import { writePrivate } from './private-store';
import { TEST_PACK_ID, schoolPack, signed, tampered, testKeys } from '../unit/background/pack-builder';

/**
 * Issue 4, delivery (b): the extension fetches leadership's signed pack from a pack
 * URL (here a server on 127.0.0.1), puts it in force without a reload, and refuses a
 * tampered, an invalid and an older pack, each with the reason in its status, while
 * the pack in force stays. The check is triggered with the `check-pack-now` hook,
 * the same check the alarm runs every `updateIntervalMinutes`.
 */

test.describe.configure({ mode: 'serial' });

let world: Awaited<ReturnType<typeof launchBrowser>>;
let server: PackServer;
let keys: ExportedKeys;
let options: Page;

test.beforeAll(async () => {
  [server, keys] = await Promise.all([startPackServer(), testKeys()]);
  world = await launchBrowser(true, { passThrough: (url) => url.startsWith(server.url) });
  // Any extension page can talk to the background and read storage; the popup is the one staff open.
  options = await world.context.newPage();
  await options.goto(extensionUrl(world, 'popup.html'));
});

test.afterAll(async () => {
  await world?.close();
  await server?.close();
});

/** The slice of the `chrome` global these helpers call inside an extension page (the casts are types only). */
interface ChromeApi {
  chrome: {
    storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

/** Pack settings live in the private store, which only extension pages reach (issue 12, point 5). */
const setPackSettings = (settings: PackSettings) => writePrivate(options, 'pack-settings', settings);
const readLocal = <T>(key: string) =>
  options.evaluate(async (k) => (await (globalThis as unknown as ChromeApi).chrome.storage.local.get(k))[k], key) as Promise<T>;
const checkNow = () =>
  options.evaluate(() => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'check-pack-now', data: {} }));
const versionInForce = async () => (await readLocal<StoredPack | null>('pack-in-force'))?.version ?? null;

async function expectRefused(stage: string, reason: RegExp): Promise<void> {
  const status = await checkNow();
  expect(status).toMatchObject({ lastResult: 'refused', stage, reason: expect.stringMatching(reason) });
  expect((await readLocal<PackStatus>('pack-status')).url).toMatchObject({ lastResult: 'refused', stage });
  expect(await versionInForce()).toBe(2);
}

test('a new signed pack from the pack URL is put in force, open drafts and the popup follow it', async () => {
  const page = await world.context.newPage();
  await openAndFocus(page, fixtureById('facebook'));
  await page.keyboard.type('The plan codeword-2 is ready');
  const nudge = nudgeOf(page);
  await expect(nudge).toHaveAttribute('data-state', 'done');
  await expect(nudge).not.toHaveAttribute('data-categories', /confidential/);

  server.serve(await signed(schoolPack(2), keys));
  // Setting the URL makes the background look at once; the hook then must find it unchanged (304).
  await setPackSettings({ packUrl: server.url, trustedKeys: [keys.publicKey] });
  await expect.poll(versionInForce).toBe(2);
  expect(await checkNow()).toMatchObject({ lastResult: 'unchanged', version: 2 });
  expect(server.requests.filter((r) => r.method === 'GET').at(-1)).toEqual({ method: 'GET', ifNoneMatch: '"1"' });

  // The content script compiled the new pack and checked the open draft again: no reload.
  await expect(nudge).toHaveAttribute('data-categories', /confidential/);
  const notice = await readLocal<{ version: number; changes: string[] }>('pack-notice');
  expect(notice).toMatchObject({ version: 2, dismissed: false });
  expect(notice.changes.length).toBeGreaterThan(0);

  const popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, 'popup.html'));
  await expect(popup.getByText(`${TEST_PACK_ID}, version 2`)).toBeVisible();
  // Staff see that the rules changed, who published them and what changed, in words.
  await expect(popup.getByRole('heading', { name: 'School rules updated to version 2' })).toBeVisible();
  await expect(popup.getByText('Published by Test Academy leadership')).toBeVisible();
  for (const line of notice.changes) await expect(popup.getByText(line, { exact: true })).toBeVisible();
  await popup.close();
  await page.close();
});

test('a tampered pack is refused at the signature and version 2 stays in force', async () => {
  server.serve(tampered(await signed(schoolPack(3), keys)));
  await expectRefused('signature', /changed after signing/);
});

test('an invalid pack is refused at the schema, naming the field', async () => {
  server.serve(await signed({ ...schoolPack(3), id: 'Not A Valid Id' }, keys));
  await expectRefused('schema', /^id: /);
});

test('an older pack is refused at the version check', async () => {
  server.serve(await signed(schoolPack(1), keys));
  await expectRefused('version', /version 1 of school:test-academy is not newer than version 2/);
});

test('rollback across ids: an older pack of the school under another id is refused (issue 12, point 4)', async () => {
  server.serve(await signed(schoolPack(1, { id: `${TEST_PACK_ID}-2025`, issuedAt: '2025-09-01T09:00:00Z' }), keys));
  await expectRefused('version', /issued .* before the pack in force, school:test-academy version 2/);
});

test('an expired pack is refused', async () => {
  server.serve(await signed(schoolPack(3, { issuedAt: '2025-09-01T09:00:00Z', expiresAt: '2025-12-01T00:00:00Z' }), keys));
  await expectRefused('version', /expired on 2025-12-01/);
});

test('a body over the size limit sent without Content-Length is refused while it is read (issue 12, point 6)', async () => {
  const pack = await signed(schoolPack(3), keys);
  // Padding after the JSON: the cap must stop the download, whatever the bytes are.
  server.serve(pack + ' '.repeat(3 * 1024 * 1024), { chunked: true });
  await expectRefused('fetch', /more than 2097152 bytes/);
});

test('the refusals left the pack in force and its notice alone, and the extension fetched nothing else', async () => {
  expect((await readLocal<StoredPack>('pack-in-force')).source).toBe('url');
  expect((await readLocal<{ version: number }>('pack-notice')).version).toBe(2);
  const popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, 'popup.html'));
  await expect(popup.getByRole('heading', { name: 'School rules updated to version 2' })).toBeVisible();
  await popup.close();
  // The harness's route sees the service worker's requests too: the pack URL passed through, nothing else was tried.
  expect(world.requests.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(0);
  const elsewhere = world.requests.filter((r) => r.outcome !== 'fulfilled' && !r.url.startsWith(server.url));
  expect(elsewhere).toEqual([]);
});
