import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExportedKeys } from '../../lib/rule-pack/sign';
import type { PackStatus, StoredPack } from '../../lib/storage';
import { nudgeOf, openAndFocus } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import AxeBuilder from '@axe-core/playwright';
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
    // Issue 15, point 4: a school device, so the watched sites show the notice of policy section 4.
    schoolDevice: true,
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

// ---- Issue 15, point 4: the school-device notice (policy section 4), which needs the managed policy ----

const AUTHORISED = "I'm authorised (today)";
const noticeOf = (p: Page) => p.locator('postguard-notice[data-kind="school-device"]');

/** Opens a watched fixture page in a new tab and waits until the content script's guards listen. */
async function watchedPage(id: string): Promise<Page> {
  const tab = await world.context.newPage();
  await tab.goto(fixtureById(id).url);
  await expect(tab.locator('html')).toHaveAttribute('data-postguard-watching', '1');
  return tab;
}

interface Box { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('on a school device a watched site shows the notice, clear of the compose box and the Post button, and requests nothing', async () => {
  const mark = world.requests.length;
  const tab = await watchedPage('facebook');
  const notice = noticeOf(tab);
  await expect(notice.getByText("Your school's policy allows social media on school devices only with leadership's authorisation.")).toBeVisible();
  const [box, editor, post] = await Promise.all([notice.boundingBox(), tab.locator('[data-lexical-editor]').boundingBox(), tab.getByRole('button', { name: 'Post', exact: true }).boundingBox()]);
  expect(overlap(box!, editor!) || overlap(box!, post!)).toBe(false);
  // The page adds a compose box along the whole foot of the window: the notice moves out of its way.
  await tab.evaluate(() => {
    const foot = Object.assign(document.createElement('textarea'), { id: 'foot' });
    foot.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:160px;width:100%';
    document.body.append(foot);
  });
  await tab.locator('#foot').click();
  await expect.poll(async () => overlap((await notice.boundingBox())!, (await tab.locator('#foot').boundingBox())!)).toBe(false);
  await expect(notice).toBeVisible();
  const requested = world.requests.slice(mark).filter((r) => !r.url.startsWith(server.url)).map((r) => `${r.outcome} ${r.url}`);
  expect(requested).toEqual([`fulfilled ${fixtureById('facebook').url}`]);
  await tab.close();
});

test('on a school device the notice moves out of the way of a box that grows as the person types', async () => {
  const tab = await watchedPage('facebook');
  const notice = noticeOf(tab);
  await expect(notice).toBeVisible();
  // A reply box pinned near the foot of the window that grows with its text, as sites' auto-growing boxes do.
  await tab.evaluate(() => {
    const grow = Object.assign(document.createElement('textarea'), { id: 'grow', ariaLabel: 'Reply' });
    grow.style.cssText = 'position:fixed;left:0;width:100%;top:calc(100vh - 160px);height:24px;margin:0;padding:0;border:0';
    grow.addEventListener('input', () => (grow.style.height = '160px'));
    document.body.append(grow);
  });
  const grow = tab.locator('#grow');
  await grow.click();
  await expect.poll(async () => overlap((await notice.boundingBox())!, (await grow.boundingBox())!)).toBe(false);
  // Where it sits now, the grown box would cover it: the test means something only then.
  const before = (await notice.boundingBox())!;
  expect(overlap(before, { x: 0, y: tab.viewportSize()!.height - 160, width: tab.viewportSize()!.width, height: 160 })).toBe(true);
  await tab.keyboard.type('Sports day went well');
  await expect(grow).toHaveCSS('height', '160px');
  await expect.poll(async () => overlap((await notice.boundingBox())!, (await grow.boundingBox())!)).toBe(false);
  await expect(notice).toBeVisible();
  await tab.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the school-device notice has no serious or critical axe issue (${colorScheme})`, async () => {
    const tab = await watchedPage('facebook');
    await tab.emulateMedia({ colorScheme });
    await expect(noticeOf(tab).getByRole('button', { name: AUTHORISED })).toBeVisible();
    const { violations } = await new AxeBuilder({ page: tab }).include('postguard-notice').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await tab.close();
  });
}

test("a page's own script pressing the notice's button gives no say-so (trusted clicks only)", async () => {
  const tab = await watchedPage('facebook');
  await expect(noticeOf(tab)).toBeVisible();
  await tab.evaluate(() => (document.querySelector('postguard-notice')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
  await expect(noticeOf(tab)).toBeVisible();
  expect(await readLocal('school-device-authorised')).toBeUndefined();
  await tab.close();
});

test('"I\'m authorised (today)" hides the notice in every tab for today, and the popup and options page say so', async () => {
  const [first, second] = [await watchedPage('facebook'), await watchedPage('x')];
  await expect(noticeOf(second)).toBeVisible();
  await noticeOf(first).getByRole('button', { name: AUTHORISED }).click();
  await expect(noticeOf(first)).toHaveCount(0);
  await expect(noticeOf(second)).toHaveCount(0);
  const today = await first.evaluate(() => new Date().toLocaleDateString('en-CA'));
  expect(await readLocal<{ date: string }>('school-device-authorised')).toMatchObject({ date: today });
  // A tab opened later today has none either, once a draft there has been checked.
  const later = await world.context.newPage();
  await openAndFocus(later, fixtureById('mastodon'));
  await later.keyboard.type('Lovely walk');
  await expect(nudgeOf(later)).toHaveAttribute('data-state', 'done');
  await expect(noticeOf(later)).toHaveCount(0);

  const popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, 'popup.html'));
  await expect(popup.getByText("A school device: social media here only with leadership's authorisation (policy section 4)")).toBeVisible();
  await expect(popup.getByText('You said you are authorised today.')).toBeVisible();
  const options = await world.context.newPage();
  await options.goto(extensionUrl(world, 'options.html'));
  await expect(options.getByText('School device (school policy)')).toBeVisible();
  for (const tab of [first, second, later, popup, options]) await tab.close();
});

test('the next day the notice comes back, in the tabs already open', async () => {
  const tab = await watchedPage('facebook');
  await expect(noticeOf(tab)).toHaveCount(0);
  // Yesterday's say-so, as the record stands once the day has turned (the browser's clock is not faked).
  await page.evaluate(async () => {
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toLocaleDateString('en-CA');
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'school-device-authorised': { date: yesterday, at: 0 } });
  });
  await expect(noticeOf(tab)).toBeVisible();
  await tab.close();
});
