import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { putPackInForce } from './contact-pack';
import { playwrightDriver } from './driver/driver';
import { expectNudge, modelText, openAndFocus } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import { expect, launchBrowser, test } from './harness';
import { EVERY_DAY_HOURS, packWithSession, sessionCoveringNow } from './session-packs';

/**
 * Issue 15, point 4, the part that needs Chromium's own tools: axe-core (WCAG 2 A and AA)
 * finds no serious or critical issue in the pause carrying the session-time reminder,
 * alone (a clean draft) or beside findings, in light and dark. A browser of its own, with a
 * signed pack whose session covers now. The school-device notice's axe check needs the
 * managed policy: packs-managed.spec.ts.
 */

test.describe.configure({ mode: 'serial' });

let world: Awaited<ReturnType<typeof launchBrowser>>;
const site = fixtureById('facebook');

test.beforeAll(async () => {
  world = await launchBrowser(true);
  const page = await world.context.newPage();
  await page.goto(extensionUrl(world, 'popup.html'));
  await putPackInForce(playwrightDriver(page), packWithSession(1, sessionCoveringNow()));
  await page.close();
});

test.afterAll(async () => {
  await world?.close();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('postguard-pause').withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [what, draft, categories, count] of [
    ['the reminder alone (a clean draft)', 'Lovely walk by the river this morning.', '', 0],
    ['the reminder beside a finding', 'Ring me on 07700 900123 about the trip.', 'contact-details', 1],
  ] as const) {
    test(`the pause with ${what} has no serious or critical axe issue (${colorScheme})`, async () => {
      const page = await world.context.newPage();
      try {
        await page.emulateMedia({ colorScheme });
        await openAndFocus(page, site);
        await page.keyboard.type(draft);
        await expect.poll(() => modelText(page)).toBe(draft);
        await expectNudge(page, categories, count);
        await page.getByRole('button', { name: site.postButton, exact: true }).click();
        const dialog = page.locator('postguard-pause').getByRole('dialog');
        await expect(dialog.getByRole('button', { name: 'Edit' })).toBeFocused();
        await expect(dialog).toContainText(`It's school session time (${EVERY_DAY_HOURS}).`);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
}
