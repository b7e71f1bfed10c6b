import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNudge, nudgeOf, openAndFocus, pillOf } from './editor-page';
import { extensionUrl, openPopupFor } from './extension-pages';
import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, findingsOf } from './drafts';
import { fixtureById } from './fixtures/catalogue';
import { timelineById } from './fixtures/pages';
import { expect, test } from './harness';

/**
 * The README's screenshots (issue 3, point 8), taken from the built extension on
 * the Facebook fixture: `npm run screenshots`. Not part of `npm test`, so a test
 * run never rewrites committed images.
 */
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const site = fixtureById('facebook');

test('screenshots of the nudge, the card, the popup, the pause and the review page', async ({ page, extension }) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 900, height: 640 });
  await openAndFocus(page, site);
  await page.keyboard.type(POLICY_DRAFT);
  await expectNudge(page, POLICY_DRAFT_CATEGORIES, findingsOf(POLICY_DRAFT).length);
  await page.screenshot({ path: join(OUT, 'nudge.png'), animations: 'disabled' });

  await pillOf(page).click();
  await expect(nudgeOf(page).getByRole('region', { name: 'postguard findings' })).toBeVisible();
  await expect(nudgeOf(page).getByRole('article').first()).toBeVisible();
  await page.screenshot({ path: join(OUT, 'card.png'), animations: 'disabled' });

  const popup = await openPopupFor(extension, page);
  await popup.setViewportSize({ width: 380, height: 640 });
  await expect(popup.getByRole('heading', { name: /Section 5\b/ })).toBeVisible();
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  await popup.close();

  await page.bringToFront();
  // The open card sits over the fixture's Post button: close it as staff would.
  await pillOf(page).click();
  await expect(pillOf(page)).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: site.postButton, exact: true }).click();
  const pause = page.locator('postguard-pause').getByRole('dialog');
  await expect(pause.getByRole('button', { name: 'Edit' })).toBeFocused();
  await page.screenshot({ path: join(OUT, 'pause.png'), animations: 'disabled' });
  await pause.getByRole('button', { name: 'Save for review' }).click();
  await expect(pause.getByRole('status')).not.toBeEmpty();

  const review = await extension.context.newPage();
  await review.setViewportSize({ width: 900, height: 760 });
  await review.goto(extensionUrl(extension, 'review.html'));
  await expect(review.getByRole('article').locator('mark').first()).toBeVisible();
  await review.screenshot({ path: join(OUT, 'review.png') });
  await review.close();
});

test('screenshot of the self-audit in the popup', async ({ page, extension }) => {
  mkdirSync(OUT, { recursive: true });
  await page.goto(timelineById('facebook-timeline').url);
  await expect(page.locator('html[data-fixture-ready="true"]')).toHaveCount(1);
  const popup = await openPopupFor(extension, page);
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.getByRole('button', { name: 'Check this page' }).click();
  const list = popup.getByRole('list', { name: 'Posts that may breach the policy' });
  await expect(list.locator(':scope > li').first()).toBeVisible();
  await popup.getByRole('heading', { name: 'Your posts on this page' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await popup.screenshot({ path: join(OUT, 'audit.png') });
  await popup.close();
});

/** The stores' screenshots (issue 14, point 3): 1280x800, the size all three stores take. */
const STORE_OUT = join(dirname(fileURLToPath(import.meta.url)), '../../docs/store');
const STORE_SIZE = { width: 1280, height: 800 };

test('the stores\' screenshots: the card, the pause, the policy page, the review page (1280x800)', async ({ page, extension }) => {
  mkdirSync(STORE_OUT, { recursive: true });
  await page.setViewportSize(STORE_SIZE);
  await openAndFocus(page, site);
  await page.keyboard.type(POLICY_DRAFT);
  await expectNudge(page, POLICY_DRAFT_CATEGORIES, findingsOf(POLICY_DRAFT).length);
  await pillOf(page).click();
  await expect(nudgeOf(page).getByRole('article').first()).toBeVisible();
  await page.screenshot({ path: join(STORE_OUT, '1-findings.png'), animations: 'disabled' });

  await pillOf(page).click();
  await expect(pillOf(page)).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: site.postButton, exact: true }).click();
  const pause = page.locator('postguard-pause').getByRole('dialog');
  await expect(pause.getByRole('button', { name: 'Edit' })).toBeFocused();
  await page.screenshot({ path: join(STORE_OUT, '2-pause.png'), animations: 'disabled' });
  await pause.getByRole('button', { name: 'Save for review' }).click();
  await expect(pause.getByRole('status')).not.toBeEmpty();

  for (const [path, file, ready] of [
    ['policy.html#section-5', '3-policy.png', '#section-5'],
    ['review.html', '4-review.png', 'article mark'],
  ] as const) {
    const other = await extension.context.newPage();
    await other.setViewportSize(STORE_SIZE);
    await other.goto(extensionUrl(extension, path));
    await expect(other.locator(ready).first()).toBeVisible();
    await other.screenshot({ path: join(STORE_OUT, file) });
    await other.close();
  }
});
