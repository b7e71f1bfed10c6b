import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { defaultPack } from './drafts';
import { extensionUrl, serviceWorkerOf } from './extension-pages';
import { expect, test } from './harness';

/**
 * Issue 5, points 2 and 4 in the built extension: the background deletes saved drafts
 * past the pack's retention and arms one alarm for the next; the options page offers
 * the pause level under a pack that locks it, and lists the pause's error log.
 */
const DAY = 86_400_000;

interface ChromeApi {
  chrome: {
    storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
    alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  };
}

const setLocal = (page: Page, values: object) => page.evaluate((v) => (globalThis as unknown as ChromeApi).chrome.storage.local.set(v), values);
const getLocal = (page: Page, key: string) => page.evaluate(async (k) => (await (globalThis as unknown as ChromeApi).chrome.storage.local.get(k))[k], key);
const draft = (id: string, savedAt: number) => ({ id, site: 'x', host: 'x.com', savedAt, text: 'a draft', findings: [] });

test('the background deletes drafts past the retention and sets one alarm for the next expiry', async ({ page, extension }) => {
  // The options page leaves saved drafts alone (the review page prunes on sight too), so what changes is the background's doing.
  await page.goto(extensionUrl(extension, 'options.html'));
  const now = Date.now();
  // Only these drafts: "This is wrong" reports and incidents expire on the same alarm, and a spec that ran
  // earlier in this worker's browser may have left some (CI at 36cc055: the alarm came 92 s early).
  await setLocal(page, { 'saved-drafts': [draft('old', now - 8 * DAY), draft('new', now - 60_000)], feedback: [], incidents: [] });
  await expect.poll(async () => ((await getLocal(page, 'saved-drafts')) as { id: string }[]).map((d) => d.id)).toEqual(['new']);
  const alarm = () => serviceWorkerOf(extension).evaluate(() => (globalThis as unknown as ChromeApi).chrome.alarms.get('postguard-drafts-expiry'));
  await expect.poll(async () => (await alarm())?.scheduledTime).toBe(now - 60_000 + 7 * DAY);
});

test('the options page: a locked pause level, only stricter choices, the retention, the error log; no serious axe issue', async ({ page, extension }) => {
  await page.goto(extensionUrl(extension, 'options.html'));
  const pack = { ...defaultPack(), pause: { level: 'warn', locked: true }, retentionDays: 3 };
  await setLocal(page, {
    'pack-in-force': { pack, source: 'file', version: pack.version, publisher: 'Oakhollow', keyId: null, acceptedAt: Date.now() },
    'error-log': [{ at: Date.now(), where: 'pause', message: 'adapter threw: no post button', host: 'x.com' }],
  });
  await page.reload();

  const radio = (name: string) => page.getByRole('radio', { name, exact: true });
  await expect(radio('Any warning')).toBeChecked();
  await expect(radio('Serious findings only')).toBeDisabled();
  await expect(radio('Never')).toBeDisabled();
  await expect(page.getByText(/Your school set the pause to “Any warning” and locked it/)).toBeVisible();
  await expect(page.getByText(/deleted after 3 days, as the school's rules say/)).toBeVisible();
  await expect(page.getByRole('row', { name: /adapter threw: no post button/ })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }

  await radio('Any finding').check();
  await expect.poll(() => getLocal(page, 'posting-settings')).toEqual({ pauseLevel: 'info' });
  await expect(page.getByRole('status').filter({ hasText: 'In force' })).toHaveText('In force: Any finding (your choice).');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByText('None.')).toBeVisible();
});
