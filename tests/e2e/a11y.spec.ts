import type { Page } from '@playwright/test';
import { expectNudge, nudgeOf, openAndFocus, pillOf } from './editor-page';
import { extensionUrl, openPopupFor } from './extension-pages';
import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, findingsOf } from './drafts';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';
import { seriousViolations } from './axe';

/** axe-core (WCAG 2 A and AA) finds no serious or critical issue in the popup, the card, the policy page, the incident page. */

const SCHEMES = ['light', 'dark'] as const;

async function typePolicyDraft(page: Page): Promise<void> {
  await openAndFocus(page, fixtureById('facebook'));
  await page.keyboard.type(POLICY_DRAFT);
  await expectNudge(page, POLICY_DRAFT_CATEGORIES, findingsOf(POLICY_DRAFT).length);
}

for (const colorScheme of SCHEMES) {
  test.describe(`${colorScheme} scheme`, () => {
    test('the open nudge card', async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await typePolicyDraft(page);
      await pillOf(page).click();
      await expect(nudgeOf(page).getByRole('region', { name: 'postguard findings' })).toBeVisible();
      // Only the nudge (and its shadow root): the fixture page is not ours to judge.
      expect(await seriousViolations(page, 'postguard-nudge')).toEqual([]);
    });

    test('the popup with a draft and without', async ({ page, extension }) => {
      await typePolicyDraft(page);
      const withDraft = await openPopupFor(extension, page);
      await withDraft.emulateMedia({ colorScheme });
      await expect(withDraft.getByRole('heading', { name: /Section 6\b/ })).toBeVisible();
      expect(await seriousViolations(withDraft)).toEqual([]);
      await withDraft.close();

      const empty = await extension.context.newPage();
      await empty.emulateMedia({ colorScheme });
      await empty.goto(extensionUrl(extension, 'popup.html'));
      await expect(empty.getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(empty)).toEqual([]);
      await empty.close();
    });

    test('the incident page, with a copy kept and a child at risk', async ({ page, extension }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(extensionUrl(extension, 'incident.html'));
      // A copy as the popup sends it, with a real JPEG from a canvas, so the screenshot's alt is checked too.
      const id = await page.evaluate(async () => {
        const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 200 });
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } };
        const reply = await chrome.runtime.sendMessage({
          type: 'keep-incident',
          data: {
            url: 'https://www.facebook.com/groups/1/posts/2',
            pageTitle: 'Parents group | Facebook',
            capturedAt: new Date().toISOString(),
            screenshot: { type: 'image/jpeg', dataUrl: canvas.toDataURL('image/jpeg', 0.7) },
            selectedText: 'A post about a member of staff',
            gaps: {},
          },
        });
        return (reply as { id: string }).id;
      });
      await page.goto(extensionUrl(extension, `incident.html?id=${id}`));
      await page.getByLabel('A child may be at risk').check();
      await expect(page.locator('.ceop.alert')).toBeVisible();
      await expect(page.getByRole('img', { name: /Screenshot of Facebook/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the policy page', async ({ page, extension }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(extensionUrl(extension, 'policy.html'));
      await expect(page.locator('[id="section-1"]')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
