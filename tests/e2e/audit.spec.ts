import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { findingsOf } from './drafts';
import { openPopupFor } from './extension-pages';
import { shownPosts, TIMELINE_POSTS } from './fixtures/facebook-timeline-posts';
import { timelineById } from './fixtures/pages';
import { expect, test } from './harness';

/**
 * The self-audit (issue 5, point 3): "Check this page" in the popup lists exactly
 * the posts on a timeline that may breach the policy, and "Show" brings one into
 * view with its findings marked. The page is a synthetic Facebook profile.
 */

const timeline = timelineById('facebook-timeline');
const shown = shownPosts();
const breaching = shown.filter((p) => p.breaches);

async function openTimeline(page: Page): Promise<void> {
  // Instant scrolling: the popup's tab is in front, and a smooth scroll in a background tab may wait for frames.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(timeline.url);
  await expect(page.locator('html[data-fixture-ready="true"]')).toHaveCount(1);
}

async function checkPage(popup: Page): Promise<Locator> {
  await popup.getByRole('button', { name: 'Check this page' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Checked' })).toHaveText(
    `Checked ${shown.length} posts: ${breaching.length} may breach the policy.`,
  );
  return popup.getByRole('list', { name: 'Posts that may breach the policy' });
}

test('the fixture says which posts breach, as the analyzer sees them', () => {
  for (const post of shown) expect(findingsOf(post.text).length > 0, post.id).toBe(post.breaches);
  // The collapsed post would breach if it were checked: the page must leave it out.
  expect(findingsOf(TIMELINE_POSTS.find((p) => p.hidden)!.text).length).toBeGreaterThan(0);
  expect(breaching.length).toBeGreaterThan(1);
});

test('Check this page lists exactly the breaching posts, and Show scrolls to one and marks it', async ({ page, extension, requestMark }) => {
  await openTimeline(page);
  const popup = await openPopupFor(extension, page);
  const list = await checkPage(popup);
  const items = list.locator(':scope > li');
  await expect(items).toHaveCount(breaching.length);
  for (const [i, post] of breaching.entries()) {
    await expect(items.nth(i)).toContainText(post.text);
    const finding = findingsOf(post.text)[0]!;
    await expect(items.nth(i)).toContainText(finding.text);
  }
  // Neither the innocent posts, the comment's parent, the collapsed post nor the draft in the composer.
  for (const text of ["Sunday roast", 'Lovely walk', '07700 900789', '07700 900111']) {
    await expect(list).not.toContainText(text);
  }

  const last = breaching.at(-1)!;
  const target = page.locator(`[data-post="${last.id}"]`);
  await expect(target).not.toBeInViewport();
  await items.last().getByRole('button', { name: 'Show' }).click();
  await page.bringToFront();
  await expect(target).toBeInViewport({ ratio: 0.9 });
  // The post is outlined for a moment and its findings marked, both in our own element's shadow root
  // (open in the test build): one mark per finding, each drawn over the post.
  await expect(page.locator('postguard-audit-outline')).toHaveCount(1);
  await expect(page.locator('postguard-audit-outline .pg-mark')).toHaveCount(findingsOf(last.text).length);
  const postBox = (await target.boundingBox())!;
  const boxes = page.locator('postguard-audit-outline .pg-mark > div');
  await expect.poll(() => boxes.count()).toBeGreaterThanOrEqual(findingsOf(last.text).length);
  for (const box of await boxes.all()) {
    const b = (await box.boundingBox())!;
    expect(b.y >= postBox.y - 1 && b.y + b.height <= postBox.y + postBox.height + 1, 'a mark inside the post').toBe(true);
  }
  // Nothing in the highlight registry the page shares (issue 12, point 2).
  expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  // The posts went to the popup and nowhere else: the only request is the page itself.
  expect(extension.requests.slice(requestMark).map((r) => `${r.outcome} ${r.url}`)).toEqual([`fulfilled ${timeline.url}`]);
  await popup.close();
});

test('a post that has left the page says so instead of showing', async ({ page, extension }) => {
  await openTimeline(page);
  const popup = await openPopupFor(extension, page);
  const list = await checkPage(popup);
  await page.evaluate(() => document.querySelector('[data-post="phone"]')?.remove());
  await list.locator(':scope > li').first().getByRole('button', { name: 'Show' }).click();
  await expect(popup.getByRole('alert')).toHaveText('This post is no longer on the page. Check the page again.');
  await popup.close();
});

test('axe finds no serious issue in the popup with the results shown', async ({ page, extension }) => {
  await openTimeline(page);
  const popup = await openPopupFor(extension, page);
  await checkPage(popup);
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
  await popup.close();
});
