import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectNudge, modelText, openAndFocus } from './editor-page';
import { posted } from './driver/steps';
import { extensionUrl } from './extension-pages';
import type { FixtureSite } from './fixtures/catalogue';
import { FIXTURES } from './fixtures/catalogue';
import { expect, test, type ExtensionWorld } from './harness';
import { breakShadowRootsInContentScript, errorLogOf } from './content-script-faults';

/**
 * The pause before posting (issue 5, point 1), the parts that need Chromium's own tools
 * (DevTools into the content script's world, axe, Playwright's focus): Enter, Ctrl+Enter and
 * Space where sites post on them, the saved drafts' limit, a thrown error letting the post
 * through. The pause itself, on every fixture and in every browser, is pause.spec.ts.
 */

/** A phone number: contact details, high in the default pack. Unique per site, so the review page's list tells them apart. */
const flagged = (site: FixtureSite) => `Ring me on 07700 900123 about the ${site.id} trip.`;
const CLEAN = 'Lovely walk by the river this morning.';

const pauseOf = (page: Page) => page.locator('postguard-pause').getByRole('dialog');

async function typeDraft(page: Page, site: FixtureSite, text: string): Promise<void> {
  await openAndFocus(page, site);
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
}

async function pressPost(page: Page, site: FixtureSite): Promise<void> {
  await page.getByRole('button', { name: site.postButton, exact: true }).click();
}

for (const site of FIXTURES) {
  test.describe(`the pause on ${site.id} (${site.engine})`, () => {
    test('a thrown error inside the pause lets the post through, and the error is kept', async ({ page, extension }) => {
      const draft = flagged(site);
      await typeDraft(page, site, draft);
      await expectNudge(page, 'contact-details', 1);
      await breakShadowRootsInContentScript(page, extension);
      await pressPost(page, site);
      await expect.poll(() => posted(page)).toEqual([draft]);
      await expect(page.locator('postguard-pause')).toHaveCount(0);
      const log = await errorLogOf(extension);
      expect(log.some((e) => e.where === 'pause' && e.host === new URL(site.url).hostname && /attachShadow refused/.test(e.message))).toBe(true);
    });
  });
}

test('Enter-to-send is held where the site sends on Enter (Instagram comments), and sent once on Post anyway', async ({ page }) => {
  const site = FIXTURES.find((f) => !f.multiline)!;
  const draft = flagged(site);
  await typeDraft(page, site, draft);
  await expectNudge(page, 'contact-details', 1);
  await page.keyboard.press('Enter');
  const pause = pauseOf(page);
  await expect(pause).toBeVisible();
  expect(await posted(page)).toEqual([]);
  await pause.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posted(page)).toEqual([draft]);
  expect(await modelText(page)).toBe(draft);
});

test('Enter and Space on a focused div role=button Post (Facebook) are held like a click', async ({ page }) => {
  const site = FIXTURES.find((f) => f.id === 'facebook')!;
  const draft = flagged(site);
  await typeDraft(page, site, draft);
  await expectNudge(page, 'contact-details', 1);
  const post = page.getByRole('button', { name: site.postButton, exact: true });
  await post.focus();
  await page.keyboard.press('Enter');
  const pause = pauseOf(page);
  await expect(pause).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('postguard-pause')).toHaveCount(0);
  await post.focus();
  await page.keyboard.press(' ');
  await expect(pause).toBeVisible();
  expect(await posted(page)).toEqual([]);
  await pause.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posted(page)).toEqual([draft]);
});

test('Ctrl+Enter is held where the site posts on it (Mastodon), Shift+Enter stays a new line', async ({ page }) => {
  const site = FIXTURES.find((f) => f.id === 'mastodon')!;
  const draft = flagged(site);
  await typeDraft(page, site, draft);
  await expectNudge(page, 'contact-details', 1);
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => modelText(page)).toBe(`${draft}\n`);
  await expect(page.locator('postguard-pause')).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  const pause = pauseOf(page);
  await expect(pause).toBeVisible();
  expect(await posted(page)).toEqual([]);
  await pause.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posted(page)).toEqual([`${draft}\n`]);
});

test('Save for review past the saved drafts\' limit says "Not saved", keeps the text in the box and lists nothing new (issue 12, point 3)', async ({ page, extension }) => {
  const site = FIXTURES.find((f) => f.id === 'facebook')!;
  // 100 drafts already kept (the limit, lib/background/saved-drafts.ts), as a page's scripted saves once piled up.
  await setSavedDrafts(extension, 100);
  try {
    const draft = flagged(site);
    await typeDraft(page, site, draft);
    await expectNudge(page, 'contact-details', 1);
    await pressPost(page, site);
    const pause = pauseOf(page);
    await pause.getByRole('button', { name: 'Save for review' }).click();
    await expect(pause.getByRole('status')).toHaveText(/^Not saved: .*Your draft is still in the box\.$/);
    await pause.getByRole('button', { name: 'Edit' }).click();
    expect(await posted(page)).toEqual([]);
    expect(await modelText(page)).toBe(draft);

    const review = await extension.context.newPage();
    await review.goto(extensionUrl(extension, 'review.html'));
    await expect(review.getByRole('article').filter({ hasText: 'seeded draft 0' })).toHaveCount(1);
    await expect(review.getByRole('article').filter({ hasText: draft })).toHaveCount(0);
    await review.close();
  } finally {
    // The browser is shared by the worker's later tests, which save drafts of their own.
    await setSavedDrafts(extension, 0);
  }
});

/** Replaces the saved drafts with `count` synthetic ones, written from an extension page. */
async function setSavedDrafts(extension: ExtensionWorld, count: number): Promise<void> {
  const page = await extension.context.newPage();
  await page.goto(extensionUrl(extension, 'review.html'));
  await page.evaluate(async (n) => {
    const now = Date.now();
    const drafts = Array.from({ length: n }, (_, i) => ({ id: `seed${i}`, site: 'facebook', host: 'www.facebook.com', savedAt: now - i * 1000, text: `seeded draft ${i}`, findings: [] }));
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await chromeApi.storage.local.set({ 'saved-drafts': drafts });
  }, count);
  await page.close();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the pause has no serious or critical axe issue (${colorScheme})`, async ({ page }) => {
    const site = FIXTURES.find((f) => f.id === 'facebook')!;
    await page.emulateMedia({ colorScheme });
    await typeDraft(page, site, flagged(site));
    await expectNudge(page, 'contact-details', 1);
    await pressPost(page, site);
    await expect(pauseOf(page).getByRole('button', { name: 'Edit' })).toBeFocused();
    const { violations } = await new AxeBuilder({ page }).include('postguard-pause').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

