import type { StoredPack } from '../../lib/storage';
import { expect, test } from './driver/test';

/**
 * With no enterprise policy, the browsers differ (issue 14, point 1; toolchain notes):
 * Chromium's storage.managed.get() gives {}, Firefox's throws "Managed storage manifest not
 * found". postguard reads both as "no policy": the bundled default pack stays in force, and
 * the options page's diagnostics say no policy is set, in every browser.
 */

type Area = { get(key?: string | null): Promise<Record<string, unknown>> };
type Api = { storage: { local: Area; managed: Area } };

test('no policy: storage.managed is empty or throws, the default pack is in force, the options page says none is set', async ({ driver, extensionPage }) => {
  const options = await extensionPage('options.html');
  const managed = await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    try {
      return { values: await api.storage.managed.get(null) };
    } catch (error) {
      return { threw: String(error) };
    }
  });
  if (driver.browser === 'firefox') expect(managed).toEqual({ threw: expect.stringMatching(/Managed storage manifest not found/) });
  else expect(managed).toEqual({ values: {} });

  const inForce = await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    return ((await api.storage.local.get('pack-in-force'))['pack-in-force'] as StoredPack | null | undefined) ?? null;
  });
  // Nothing stored: the bundled pack (lib/pack-in-force.ts) is the one in force.
  expect(inForce).toBeNull();
  await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain("None: no enterprise policy sets postguard's values on this browser.");
});
