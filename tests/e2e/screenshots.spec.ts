import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNudge, nudgeOf, openAndFocus, pillOf } from './editor-page';
import { openPopupFor } from './extension-pages';
import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, findingsOf } from './drafts';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';

/**
 * The README's screenshots (issue 3, point 8), taken from the built extension on
 * the Facebook fixture: `npm run screenshots`. Not part of `npm test`, so a test
 * run never rewrites committed images.
 */
const OUT = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const site = fixtureById('facebook');

test('screenshots of the nudge, the card and the popup', async ({ page, extension }) => {
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
});
