import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExportedKeys } from '../../lib/rule-pack/sign';
import type { StoredPack } from '../../lib/storage';
import { hashPupilsInProfile } from '../../lib/rule-pack/pupils';
import { newRosterKey } from '../../lib/rule-pack/roster-key';
import { TEST_PACK_ID, schoolPack, signed, testKeys } from '../unit/background/pack-builder';
import { firefoxDriver, GECKO_ID, launchFirefox, openFirefoxExtensionPage, type FirefoxWorld } from './driver/firefox';
import type { Driver } from './driver/driver';
import { expectNudge, openAndFocus, openFixture } from './driver/steps';
import { expect, test } from '@playwright/test';
import { fixtureById } from './fixtures/catalogue';

/**
 * Issue 14, point 1: leadership's policy through Firefox's enterprise policies.json,
 * `3rdparty.Extensions.<gecko id>`, which Firefox gives the extension as storage.managed
 * (unchecked by any schema, unlike Chromium's). The file applies to EVERY Firefox started
 * while it exists, so this spec runs alone, in its own project after the others
 * (playwright.config.ts), as root (CI: the install's distribution folder), and removes it.
 */

const POLICIES_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
/** The school's roster key, given by the policy only, never in a pack (issue 12, point 1). */
const ROSTER_KEY = newRosterKey();
const PUPIL = 'Morwenna Tregarthen';

test.describe.configure({ mode: 'serial' });

let world: FirefoxWorld;
let keys: ExportedKeys;
let options: Page;

interface BrowserApi {
  browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> }; managed: { get(): Promise<Record<string, unknown>> } } };
}

test.beforeAll(async () => {
  keys = await testKeys();
  const profile = hashPupilsInProfile({ school: { name: 'Test Academy' }, pupils: [PUPIL] }, { key: ROSTER_KEY });
  const policy = {
    inlinePack: await signed(schoolPack(4, { profile }), keys),
    trustedKeys: [keys.publicKey],
    packIds: [TEST_PACK_ID],
    rosterKey: ROSTER_KEY,
    // Issue 15, point 4: a school device (policy section 4).
    schoolDevice: true,
  };
  mkdirSync(dirname(POLICIES_FILE), { recursive: true });
  writeFileSync(POLICIES_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
  world = await launchFirefox();
  options = await openFirefoxExtensionPage(world, 'options.html');
});

test.afterAll(async () => {
  rmSync(POLICIES_FILE, { force: true });
  await world?.close();
});

test('policies.json reaches the extension as storage.managed', async () => {
  const managed = await options.evaluate(() => (globalThis as unknown as BrowserApi).browser.storage.managed.get());
  expect(managed).toMatchObject({ packIds: [TEST_PACK_ID], rosterKey: ROSTER_KEY });
});

test('the managed inline pack is in force, trusted through the managed keys', async () => {
  const inForce = () =>
    options.evaluate(async () => {
      const p = (await (globalThis as unknown as BrowserApi).browser.storage.local.get('pack-in-force'))['pack-in-force'] as StoredPack | undefined;
      return p ? `${p.source} ${p.version} ${p.keyId}` : null;
    });
  await expect.poll(inForce, { timeout: 15_000 }).toBe(`managed-inline 4 ${keys.keyId}`);
});

test("the pack's keyed pupil hashes flag a pupil in the page with the policy's roster key", async () => {
  const page = await world.newPage();
  try {
    const driver = firefoxDriver(page);
    await openAndFocus(driver, fixtureById('facebook'));
    await driver.type(`${PUPIL} was brilliant in the play today`);
    await expectNudge(driver, 'pupil-details', 1);
  } finally {
    await page.close();
  }
});

// ---- Issue 15, point 4: the school-device notice, which needs the managed policy ----

/** The notice's text and the centre of its button, once shown (null while there is none). */
const notice = (driver: Driver) =>
  driver.evaluate(() => {
    const host = document.querySelector('postguard-notice[data-kind="school-device"]');
    const button = host?.shadowRoot?.querySelector('button');
    const r = button?.getBoundingClientRect();
    if (!host || !button || !r?.width || getComputedStyle(host).visibility !== 'visible') return null;
    return { text: host.shadowRoot!.textContent ?? '', button: button.textContent, x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });

test('policies.json schoolDevice: a watched site shows the notice, and "I\'m authorised (today)" hides it in every tab', async () => {
  const [first, second] = [await world.newPage(), await world.newPage()];
  try {
    const [a, b] = [firefoxDriver(first), firefoxDriver(second)];
    await openFixture(a, fixtureById('facebook'));
    await openFixture(b, fixtureById('mastodon'));
    await expect.poll(() => notice(a)).toMatchObject({ button: "I'm authorised (today)", text: expect.stringContaining("only with leadership's authorisation") });
    await expect.poll(() => notice(b)).not.toBeNull();
    const { x, y } = (await notice(a))!;
    await a.clickAt(x, y);
    await expect.poll(() => a.evaluate(() => document.querySelectorAll('postguard-notice').length)).toBe(0);
    await expect.poll(() => b.evaluate(() => document.querySelectorAll('postguard-notice').length)).toBe(0);
    const record = await options.evaluate(async () => (await (globalThis as unknown as BrowserApi).browser.storage.local.get('school-device-authorised'))['school-device-authorised']);
    expect(record).toMatchObject({ date: await first.evaluate(() => new Date().toLocaleDateString('en-CA')) });
  } finally {
    await first.close();
    await second.close();
  }
});
