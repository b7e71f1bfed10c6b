import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { findingsOf } from './drafts';
import { openPopupFor } from './extension-pages';
import { PROFILE_BATCHES } from './fixtures/facebook-profile-posts';
import { timelineById } from './fixtures/pages';
import { expect, ownBrowser, test as shared } from './harness';

/**
 * One's own profile (issue 15, point 5; policy sections 5 and 6): "Check this page" also
 * reads the profile's Intro and says it names the school (the workplace field); "Keep
 * checking as I scroll" goes on reading the posts the timeline loads as the person
 * scrolls, and a popup opened again shows them, until "Stop checking".
 */

/**
 * A browser of its own, with the bundled pack: the shared worker's browser may hold a school
 * pack another spec put in force (packs.spec.ts), whose school is not Christ Church.
 */
const test = shared.extend({ extension: ownBrowser() });

const profile = timelineById('facebook-profile');
const WORKPLACE = 'Works at Christ Church School';

/** The self-audit's own live status line (the popup has others). */
const auditStatus = (popup: Page) => popup.getByRole('region', { name: 'Your posts on this page' }).getByRole('status');

async function openProfile(page: Page): Promise<void> {
  await page.goto(profile.url);
  await expect(page.locator('html[data-fixture-ready="true"]')).toHaveCount(1);
}

/** Scrolls to the end, as the person would, until the timeline has loaded `batches` batches. */
async function scrollUntil(page: Page, batches: number): Promise<void> {
  await page.bringToFront();
  await expect(async () => {
    await page.mouse.wheel(0, 4000);
    await expect(page.locator(`html[data-batches="${batches}"]`)).toHaveCount(1, { timeout: 500 });
  }).toPass();
}

test('the fixture says which posts breach, as the analyzer sees them', () => {
  for (const post of PROFILE_BATCHES.flat()) expect(findingsOf(post.text).length > 0, post.id).toBe(post.breaches);
  expect(findingsOf(WORKPLACE).map((f) => f.category)).toEqual(['school-identity']);
});

test('Check this page on one\'s own profile finds the workplace field in the Intro', async ({ page, extension, requestMark }) => {
  await openProfile(page);
  const popup = await openPopupFor(extension, page);
  await popup.getByRole('button', { name: 'Check this page' }).click();
  await expect(auditStatus(popup)).toHaveText(
    'Checked 2 posts: 1 may breach the policy. Also read 1 profile fields (intro, bio, workplace).',
  );
  const item = popup.getByRole('list', { name: 'Posts that may breach the policy' }).locator(':scope > li');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Your profile: Intro');
  await expect(item).toContainText(WORKPLACE);
  await expect(item).toContainText('Your school identified');
  expect(extension.requests.slice(requestMark).map((r) => `${r.outcome} ${r.url}`)).toEqual([`fulfilled ${profile.url}`]);
  await popup.close();
});

test('Keep checking as I scroll reads the posts the timeline loads, shown to a popup opened again, until stopped', async ({ page, extension }) => {
  await openProfile(page);
  let popup = await openPopupFor(extension, page);
  await popup.getByRole('button', { name: 'Keep checking as I scroll' }).click();
  await expect(auditStatus(popup)).toContainText('Checking new posts as you scroll.');
  await popup.close();

  await scrollUntil(page, 2);
  popup = await openPopupFor(extension, page);
  await expect(auditStatus(popup)).toContainText('Checked 4 posts: 2 may breach the policy.');
  await expect(popup.getByRole('list', { name: 'Posts that may breach the policy' })).toContainText('07700 900555');
  await popup.getByRole('button', { name: 'Stop checking' }).click();
  await expect(popup.getByRole('button', { name: 'Keep checking as I scroll' })).toBeVisible();
  await popup.close();

  // Stopped: the last batch loads, and the audit stays as it was.
  await scrollUntil(page, 3);
  popup = await openPopupFor(extension, page);
  await expect(auditStatus(popup)).toContainText('Checked 4 posts: 2 may breach the policy.');
  await expect(auditStatus(popup)).not.toContainText('Checking new posts');
  await popup.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the popup with a profile field listed and following, ${colorScheme}`, async ({ page, extension }) => {
    await openProfile(page);
    const popup = await openPopupFor(extension, page);
    await popup.emulateMedia({ colorScheme });
    await popup.getByRole('button', { name: 'Keep checking as I scroll' }).click();
    await expect(popup.getByRole('button', { name: 'Stop checking' })).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Stop checking' }).click();
    await popup.close();
  });
}
