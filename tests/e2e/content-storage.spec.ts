import type { CDPSession, Page } from '@playwright/test';
import type { ExportedKeys } from '../../lib/rule-pack/sign';
import type { StoredPack } from '../../lib/storage';
import { openFixture } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import { startPackServer, type PackServer } from './packs-server';
import { writePrivate } from './private-store';
import { schoolPack, signed, testKeys } from '../unit/background/pack-builder';

/**
 * Issue 12, point 5, replayed in the built extension: code running in postguard's
 * OWN content-script world on a social site (what a compromised renderer, or a bug
 * that lets the page drive the content script, can reach). The test runs it there
 * through DevTools' isolated-world context, with the same `chrome.storage.local` and
 * `chrome.runtime` the content script has. It finds no signing key, no authoring
 * draft and no trust settings, and its write of `pack-settings` (allowUnsigned, a
 * key of its own) does not make the background accept its packs.
 */

test.describe.configure({ mode: 'serial' });

let world: Awaited<ReturnType<typeof launchBrowser>>;
let server: PackServer;
let school: ExportedKeys;
let attacker: ExportedKeys;
let popup: Page;

interface ChromeApi {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}
const checkNow = () => popup.evaluate(() => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'check-pack-now', data: {} }));
const versionInForce = async () =>
  popup.evaluate(async () => ((await (globalThis as unknown as ChromeApi).chrome.storage.local.get('pack-in-force'))['pack-in-force'] as StoredPack | undefined)?.version ?? null);

test.beforeAll(async () => {
  [server, school, attacker] = await Promise.all([startPackServer(), testKeys(), testKeys()]);
  world = await launchBrowser(true, { passThrough: (url) => url.startsWith(server.url) });
  popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, 'popup.html'));
});

test.afterAll(async () => {
  await world?.close();
  await server?.close();
});

/** Runs `expression` (an async function's source) in postguard's content-script world of `page`. */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling reports the contexts that already exist, the content script's isolated world among them.
  await cdp.send('Runtime.enable');
  const ours = `chrome-extension://${world.extensionId}`;
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.origin === ours)).toBe(true);
  const context = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === ours)!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: `(${expression})()`, contextId: context.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`in the content world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

test('leadership\'s device: keys made and a draft written on the authoring page, a school pack in force', async () => {
  const author = await world.context.newPage();
  await author.goto(extensionUrl(world, 'author.html'));
  await author.getByLabel('School name').fill('Quillfeather Secret Academy');
  await author.getByRole('button', { name: 'Make signing keys' }).click();
  await expect(author.getByText(/New keys made/)).toBeVisible();
  await expect(author.getByText('All changes saved on this device.')).toBeVisible();
  await author.close();

  server.serve(await signed(schoolPack(2), school));
  await writePrivate(popup, 'pack-settings', { packUrl: server.url, trustedKeys: [school.publicKey] });
  // The write itself starts a check (the store's announcement wakes the worker): wait for its result in
  // storage. Not on a `check-pack-now` reply: under load that reply never came three times in about ten
  // runs (never alone); still an open question (lib/private-store.ts notes a like one: an awaited
  // announcement that did not settle). If the check itself never ran, this poll fails as well.
  await expect.poll(versionInForce, { timeout: 30_000 }).toBe(2);
});

test('the content script\'s world reads no key, no draft, no trust settings, and cannot open the private store', async () => {
  const page = await world.context.newPage();
  await openFixture(page, fixtureById('facebook'));
  const seen = (await inContentWorld(
    page,
    `async () => {
      const local = await chrome.storage.local.get(null);
      // The same database name, opened from here, is the PAGE's database: new and empty.
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('postguard-private');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = [...db.objectStoreNames];
      db.close();
      indexedDB.deleteDatabase('postguard-private');
      return { keys: Object.keys(local), text: JSON.stringify(local), origin: location.origin, stores };
    }`,
  )) as { keys: string[]; text: string; origin: string; stores: string[] };
  expect(seen.origin).toBe('https://www.facebook.com');
  expect(seen.keys).toContain('pack-in-force'); // it does read storage.local: the pack it checks drafts against
  for (const key of ['author-keys', 'author-draft', 'pack-settings']) expect(seen.keys).not.toContain(key);
  for (const secret of ['Quillfeather Secret Academy', school.publicKey, 'PRIVATE KEY', 'privateKey', 'trustedKeys', 'allowUnsigned']) expect(seen.text).not.toContain(secret);
  expect(seen.stores).toEqual([]);
  await page.close();
});

test('its write of pack-settings (allowUnsigned, a key of its own) does not make the background accept its packs', async () => {
  const page = await world.context.newPage();
  await openFixture(page, fixtureById('facebook'));
  const settings = JSON.stringify({ packUrl: server.url, trustedKeys: [attacker.publicKey], allowUnsigned: true });
  const replies = (await inContentWorld(
    page,
    `async () => {
      await chrome.storage.local.set({ 'pack-settings': ${settings}, 'pack-settings$': { v: 1 } });
      const ask = (message) => chrome.runtime.sendMessage(message).then((reply) => reply ?? null, (e) => 'error: ' + e.message);
      // Announce the "change" as the extension's pages do, and ask for a check, which only they may.
      const announced = await ask({ type: 'private-store-changed', data: { key: 'pack-settings', from: 'attacker' } });
      const check = await ask({ type: 'check-pack-now', data: {} });
      return { announced, check, written: (await chrome.storage.local.get('pack-settings'))['pack-settings'] };
    }`,
  )) as { announced: unknown; check: unknown; written: unknown };
  // The write itself lands in storage.local (the content script may write there), and changes nothing below.
  expect(replies.written).toMatchObject({ allowUnsigned: true });
  // No status back: the background answers check-pack-now from extension pages only.
  expect(JSON.stringify(replies.check ?? null)).not.toContain('lastResult');

  server.serve(await signed(schoolPack(3), attacker));
  expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'signature', reason: expect.stringContaining(attacker.keyId) });
  server.serve(JSON.stringify(schoolPack(4)));
  expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'signature' });
  expect(await versionInForce()).toBe(2);
  // The control: the same kind of pack IS accepted once an extension page trusts the key in the private
  // store, so the refusals above came from where trust is read, not from the packs.
  server.serve(await signed(schoolPack(5), attacker));
  await writePrivate(popup, 'pack-settings', { packUrl: server.url, trustedKeys: [school.publicKey, attacker.publicKey] });
  expect(await checkNow()).toMatchObject({ lastResult: expect.stringMatching(/^(accepted|unchanged)$/), version: 5 });
  expect(await versionInForce()).toBe(5);
  await page.close();
});
