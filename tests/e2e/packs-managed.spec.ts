import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportedKeys } from '../../lib/rule-pack/sign';
import type { PackStatus, StoredPack } from '../../lib/storage';
import { nudgeOf, openAndFocus } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import { startPackServer, type PackServer } from './packs-server';
import { TEST_PACK_ID, schoolPack, signed, testKeys } from '../unit/background/pack-builder';
import { hashPupilsInProfile } from '../../lib/rule-pack/pupils';
import { newRosterKey } from '../../lib/rule-pack/roster-key';

/**
 * Issue 4, delivery (a): leadership's policy through Chromium's managed policy file,
 * naming the extension by the fixed id its manifest `key` gives it. A policy file
 * applies to EVERY Chromium started while it exists, so this spec runs alone, in its
 * own Playwright project after the others (playwright.config.ts), as root (CI), and
 * removes the file afterwards.
 */

/** sha256 of the manifest's public key, first 32 hex digits mapped 0-f -> a-p (wxt.config.ts). */
const FIXED_ID = 'kkcjfhkmomneldgnngobegpiegodjjkd';
const POLICY_FILE = '/etc/chromium/policies/managed/postguard-e2e.json';

test.describe.configure({ mode: 'serial' });

let world: Awaited<ReturnType<typeof launchBrowser>>;
let server: PackServer;
let keys: ExportedKeys;
let page: Page;
/** The school's packs here switch profanity off; the policy locks it on. */
const PROFANITY_OFF = { categories: { profanity: { enabled: false } } };
/** The school's roster key, given to the browser by the policy only, never in a pack (issue 12, point 1). */
const ROSTER_KEY = newRosterKey();
const PUPIL = 'Tamsin Oakhurst';
const checkNow = () => page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'check-pack-now', data: {} }));

interface ChromeApi {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>> }; managed: { get(): Promise<Record<string, unknown>> } };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}
const readLocal = <T>(key: string) =>
  page.evaluate(async (k) => (await (globalThis as unknown as ChromeApi).chrome.storage.local.get(k))[k], key) as Promise<T>;
const inForce = () => readLocal<StoredPack | null>('pack-in-force').then((p) => (p ? `${p.source} ${p.version}` : null));

test.beforeAll(async () => {
  [server, keys] = await Promise.all([startPackServer(), testKeys()]);
  // The URL answers 404 until the second test serves a pack there.
  const policy = {
    inlinePack: await signed(schoolPack(4, PROFANITY_OFF), keys),
    trustedKeys: [keys.publicKey],
    packUrl: server.url,
    updateIntervalMinutes: 60,
    // Issue 12, points 4 and 10.
    packIds: [TEST_PACK_ID],
    lockedCategories: ['profanity'],
    rosterKey: ROSTER_KEY,
  };
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [FIXED_ID]: policy } } }));
  world = await launchBrowser(true, { passThrough: (url) => url.startsWith(server.url) });
  page = await world.context.newPage();
  await page.goto(extensionUrl(world, 'popup.html'));
});

test.afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await world?.close();
  await server?.close();
});

test('the manifest key fixes the extension id the policy names', () => {
  expect(world.extensionId).toBe(FIXED_ID);
});

test('the managed inline pack is applied, trusted through the managed keys', async () => {
  const managed = await page.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.managed.get());
  expect(managed).toMatchObject({ packUrl: server.url, updateIntervalMinutes: 60 });
  await expect.poll(inForce, { timeout: 15_000 }).toBe('managed-inline 4');
  expect((await readLocal<StoredPack>('pack-in-force')).keyId).toBe(keys.keyId);
  await expect.poll(async () => (await readLocal<PackStatus>('pack-status')).url?.reason).toBe('the pack URL answered HTTP 404');
  await page.reload();
  await expect(page.getByText(`${TEST_PACK_ID}, version 4`)).toBeVisible();
});

test('a newer pack at the managed pack URL replaces it', async () => {
  server.serve(await signed(schoolPack(5, PROFANITY_OFF), keys));
  const status = await checkNow();
  expect(status).toMatchObject({ lastResult: 'accepted', version: 5 });
  expect(await inForce()).toBe('url 5');
  expect(await readLocal<StoredPack>('pack-previous')).toMatchObject({ source: 'managed-inline', version: 4 });
});

test('a pack under an id the policy does not pin is refused, and 5 stays (issue 12, point 4)', async () => {
  server.serve(await signed(schoolPack(6, { id: 'school:another-school' }), keys));
  expect(await checkNow()).toMatchObject({ lastResult: 'refused', stage: 'version', reason: expect.stringMatching(/not one this school's policy accepts \(packIds: school:test-academy\)/) });
  expect(await inForce()).toBe('url 5');
});

test('a pack file is refused on this managed device, and the options page says why', async () => {
  const text = await signed(schoolPack(9), keys);
  const status = await page.evaluate((t) => (globalThis as unknown as ChromeApi).chrome.runtime.sendMessage({ type: 'import-pack', data: { text: t } }), text);
  expect(status).toMatchObject({ lastResult: 'refused', stage: 'source' });
  expect(await inForce()).toBe('url 5');
  const options = await world.context.newPage();
  await options.goto(extensionUrl(world, 'options.html'));
  await expect(options.getByLabel('Pack file (.json)')).toBeDisabled();
  await expect(options.getByText(/pack files cannot be imported here/)).toBeVisible();
  await expect(options.getByText('Always checked (school policy)')).toBeVisible();
  await options.close();
});

test('a locked category is checked in the page although the pack in force switches it off (issue 12, point 10)', async () => {
  // The pack in force, as accepted, has it off: only the lock can switch it on.
  expect((await readLocal<StoredPack>('pack-in-force')).pack.categories.profanity.enabled).toBe(false);
  const draft = await world.context.newPage();
  await openAndFocus(draft, fixtureById('facebook'));
  await draft.keyboard.type('What the fuck happened to summer');
  const nudge = nudgeOf(draft);
  await expect(nudge).toHaveAttribute('data-state', 'done');
  await expect(nudge).toHaveAttribute('data-categories', /profanity/);
  await draft.close();
});

test('a pack whose pupils are keyed hashes flags a pupil in the page with the key the policy gives, and holds no name (issue 12, point 1)', async () => {
  const profile = hashPupilsInProfile({ school: { name: 'Test Academy' }, pupils: [PUPIL] }, { key: ROSTER_KEY });
  const text = await signed(schoolPack(7, { profile }), keys);
  // Neither the name nor the key is in what the pack URL serves.
  expect(text).not.toMatch(/tamsin|oakhurst/i);
  expect(text).not.toContain(ROSTER_KEY);
  server.serve(text);
  expect(await checkNow()).toMatchObject({ lastResult: 'accepted', version: 7 });
  const draft = await world.context.newPage();
  await openAndFocus(draft, fixtureById('facebook'));
  await draft.keyboard.type(`${PUPIL} was brilliant in the play today`);
  const nudge = nudgeOf(draft);
  await expect(nudge).toHaveAttribute('data-state', 'done');
  await expect(nudge).toHaveAttribute('data-categories', /pupil-details/);
  await draft.close();
});
