import { putPackInForce } from './contact-pack';
import type { Driver } from './driver/driver';
import { click, expectNudge, modelText, openAndFocus, pauseState, posted } from './driver/steps';
import { expect, ownWorld, test as shared } from './driver/test';
import { fixtureById } from './fixtures/catalogue';
import { EVERY_DAY_HOURS, packWithSession, sessionCoveringNow, sessionExcludingNow } from './session-packs';
import type { SessionTimes } from '../../rules/schema';

/**
 * Issue 15, point 4 (policy section 4), in Chromium and Firefox: the pause's session-time
 * reminder comes only with a pack that has session times and only within them, and the
 * school-device notice never comes without the managed policy (which packs-managed.spec.ts
 * and firefox-managed.spec.ts set). Each test puts its own signed pack in force through an
 * extension page, a version above the last: a browser of its own, so no other spec sees them.
 */
const test = shared.extend<{ packInForce(sessionTimes?: SessionTimes): Promise<void> }, { versions: { next: number } }>({
  world: ownWorld(),
  versions: [async ({}, use) => use({ next: 1 }), { scope: 'worker' }],
  packInForce: async ({ extensionPage, versions }, use) => {
    await use(async (sessionTimes) => putPackInForce(await extensionPage('popup.html'), packWithSession(versions.next++, sessionTimes)));
  },
});

const site = fixtureById('facebook');
const CLEAN = 'Lovely walk by the river this morning.';
const FLAGGED = 'Ring me on 07700 900123 about the trip.';
const REMINDER = `It's school session time (${EVERY_DAY_HOURS}). The policy asks staff to use social media on their own devices outside session times.`;

async function typeDraft(driver: Driver, text: string, categories: string, count: number): Promise<void> {
  await openAndFocus(driver, site);
  await driver.type(text);
  await expect.poll(() => modelText(driver)).toBe(text);
  await expectNudge(driver, categories, count);
}

const pressPost = (driver: Driver) => click(driver, { kind: 'page-button', name: site.postButton });

/** The open pause's markers and buttons (null while there is none). */
const pauseFacts = (driver: Driver) =>
  driver.evaluate(() => {
    const host = document.querySelector('postguard-pause');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!host || !dialog) return null;
    return { kind: host.getAttribute('data-kind'), reminder: host.getAttribute('data-reminder'), buttons: [...dialog.querySelectorAll('button')].map((b) => b.textContent?.trim()) };
  });

test('without the managed policy there is no school-device notice', async ({ driver, packInForce }) => {
  await packInForce(sessionCoveringNow());
  await typeDraft(driver, CLEAN, '', 0);
  // The watch started and a draft was checked in this page: a notice would be there by now.
  expect(await driver.evaluate(() => document.querySelectorAll('postguard-notice').length)).toBe(0);
});

for (const [when, sessionTimes] of [['a pack without session times', undefined], ['outside the session times (out of term)', sessionExcludingNow()]] as const) {
  test(`${when}: a clean draft posts at once, with no pause`, async ({ driver, packInForce }) => {
    await packInForce(sessionTimes);
    await typeDraft(driver, CLEAN, '', 0);
    await pressPost(driver);
    await expect.poll(() => posted(driver)).toEqual([CLEAN]);
    expect(await pauseFacts(driver)).toBeNull();
  });
}

test('outside the session times (out of term): the pause of a flagged draft has no reminder', async ({ driver, packInForce }) => {
  await packInForce(sessionExcludingNow());
  await typeDraft(driver, FLAGGED, 'contact-details', 1);
  await pressPost(driver);
  await expect.poll(() => pauseFacts(driver)).toEqual({ kind: 'post', reminder: null, buttons: ['Edit', 'Save for review', 'Post anyway'] });
  expect((await pauseState(driver))!.text).not.toContain('session time');
  await click(driver, { kind: 'pause-button', name: 'Post anyway' });
  await expect.poll(() => posted(driver)).toEqual([FLAGGED]);
});

test('within the session times: a clean draft is paused once for the reminder alone, Edit goes back, the next Post posts', async ({ driver, packInForce }) => {
  await packInForce(sessionCoveringNow());
  await typeDraft(driver, CLEAN, '', 0);
  await pressPost(driver);
  await expect.poll(() => pauseFacts(driver)).toEqual({ kind: 'post', reminder: 'session-times', buttons: ['Edit', 'Post anyway'] });
  const pause = (await pauseState(driver))!;
  expect(pause.text).toContain(REMINDER);
  expect(pause.focused).toBe('Edit');
  await click(driver, { kind: 'pause-button', name: 'Edit' });
  await expect.poll(() => pauseFacts(driver)).toBeNull();
  expect(await posted(driver)).toEqual([]);
  // Reminded once for this draft: the person's next press posts it, unchanged.
  await pressPost(driver);
  await expect.poll(() => posted(driver)).toEqual([CLEAN]);
  expect(await pauseFacts(driver)).toBeNull();
});

test('within the session times: "Post anyway" on the reminder posts once, unchanged', async ({ driver, packInForce }) => {
  await packInForce(sessionCoveringNow());
  await typeDraft(driver, CLEAN, '', 0);
  await pressPost(driver);
  await expect.poll(() => pauseFacts(driver)).not.toBeNull();
  await click(driver, { kind: 'pause-button', name: 'Post anyway' });
  await expect.poll(() => posted(driver)).toEqual([CLEAN]);
  expect(await pauseFacts(driver)).toBeNull();
  expect(await modelText(driver)).toBe(CLEAN);
});

test('within the session times: the pause of a flagged draft carries the reminder beside its findings and the contract buttons', async ({ driver, packInForce, requests }) => {
  await packInForce(sessionCoveringNow());
  const mark = requests.length;
  await typeDraft(driver, FLAGGED, 'contact-details', 1);
  await pressPost(driver);
  await expect.poll(() => pauseFacts(driver)).toEqual({ kind: 'post', reminder: 'session-times', buttons: ['Edit', 'Save for review', 'Post anyway'] });
  const text = (await pauseState(driver))!.text;
  expect(text).toContain(REMINDER);
  expect(text).toContain('07700 900123');
  await driver.press('Escape');
  await expect.poll(() => pauseFacts(driver)).toBeNull();
  expect(await posted(driver)).toEqual([]);
  // Nothing left the browser for the reminder: the page itself, and nothing else.
  expect(requests.slice(mark).map((r) => `${r.outcome} ${r.url}`)).toEqual([`fulfilled ${site.url}`]);
});
