import AxeBuilder from '@axe-core/playwright';
import { extensionUrl } from './extension-pages';
import { expect, test } from './harness';

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
