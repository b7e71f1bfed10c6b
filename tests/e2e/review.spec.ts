import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expectNudge, openAndFocus, pillOf } from './editor-page';
import { extensionUrl } from './extension-pages';
import { FIXTURES } from './fixtures/catalogue';
import { expect, test, type ExtensionWorld } from './harness';

/**
 * The review page (issue 5, point 2; the pause that saves drafts into it comes next): saved
 * drafts with their findings marked, re-checked while revised, deleted; the 30-day chart; axe.
 * Drafts are seeded in the extension's own storage, as "Save for review" will write them.
 */
const DRAFT = 'Ring me on 07700 900123 after the match.';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the review page (${colorScheme}): saved drafts, re-check, delete, chart, no serious axe issue`, async ({ page, extension }) => {
    await page.goto(extensionUrl(extension, 'review.html'));
    await page.evaluate(async (text) => {
      const now = Date.now();
      const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await chromeApi.storage.local.set({
        'saved-drafts': [{ id: 'd1', site: 'facebook', host: 'www.facebook.com', savedAt: now - 60_000, text, findings: [] }],
        // One nudge two days ago and one 40 days ago, which the 30-day chart leaves out.
        'nudge-events': [
          { at: now - 2 * 86_400_000, category: 'contact-details' },
          { at: now - 40 * 86_400_000, category: 'profanity' },
        ],
      });
    }, DRAFT);
    await page.reload();
    await page.emulateMedia({ colorScheme });
    const draft = page.getByRole('article');
    await expect(draft.locator('mark')).toHaveText('07700 900123');
    await expect(page.getByRole('region', { name: 'Your nudges in the last 30 days' }).getByRole('listitem')).toHaveText(['Personal contact details1 nudge']);

    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    await draft.getByRole('textbox').fill('See you after the match.');
    await expect(draft.locator('mark')).toHaveCount(0);
    await draft.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText(/No saved drafts/)).toBeVisible();
  });
}

test('"This is wrong" and the nudge counts reach storage through the background, from two tabs (issue 12, point 9)', async ({ extension }) => {
  const sites = [FIXTURES.find((f) => f.id === 'facebook')!, FIXTURES.find((f) => f.id === 'mastodon')!];
  // The worker's browser is shared with other tests, which seed nudge events of their own: count only ours.
  const since = Date.now();
  const tabs = await Promise.all(sites.map(() => extension.context.newPage()));
  for (const [i, site] of sites.entries()) {
    await openAndFocus(tabs[i]!, site);
    // All at once: typed key by key, a shorter number on the way could be counted as a nudge of its own.
    await tabs[i]!.keyboard.insertText(`Ring me on 07700 90012${i} tonight.`);
    await expectNudge(tabs[i]!, 'contact-details', 1);
    await pillOf(tabs[i]!).click();
  }
  // Both reports at once, one from each tab.
  await Promise.all(tabs.map((tab) => tab.locator('postguard-nudge').getByRole('button', { name: 'This is wrong' }).click()));
  const ours = async () => {
    const records = await localRecords(extension);
    return { feedback: records.feedback.filter((f) => Date.parse(f.at) >= since - 1_000), nudges: records.nudges.filter((n) => n.at >= since - 1_000) };
  };
  await expect.poll(async () => (await ours()).feedback.map((f) => f.text).sort()).toEqual(['07700 900120', '07700 900121']);
  const { feedback, nudges } = await ours();
  expect(feedback.map((f) => f.host).sort()).toEqual(['mastodon.social', 'www.facebook.com']);
  expect(nudges.filter((n) => n.category === 'contact-details')).toHaveLength(2);
  await Promise.all(tabs.map((tab) => tab.close()));
});

async function localRecords(extension: ExtensionWorld): Promise<{ feedback: { text: string; host: string; at: string }[]; nudges: { category: string; at: number }[] }> {
  const page: Page = await extension.context.newPage();
  await page.goto(extensionUrl(extension, 'review.html'));
  const records = await page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
    const got = await chromeApi.storage.local.get(['feedback', 'nudge-events']);
    return { feedback: (got['feedback'] ?? []) as { text: string; host: string; at: string }[], nudges: (got['nudge-events'] ?? []) as { category: string; at: number }[] };
  });
  await page.close();
  return records;
}
