import { expect, test } from './driver/test';

/**
 * The background is a service worker in Chromium and an event page in Firefox (MV3 in
 * Firefox has no service-worker background; wxt.config.ts builds each its own manifest).
 * Issue 14, point 1: in both, it is what the manifest says and it answers the extension's
 * pages: a pack file that is not a pack is refused with the stage and the reason.
 */

type Runtime = { runtime: { getManifest(): { background?: Record<string, unknown> }; sendMessage(m: object): Promise<unknown> } };

test('the background (a service worker in Chromium, an event page in Firefox) answers the extension pages', async ({ driver, extensionPage }) => {
  const options = await extensionPage('options.html');
  const background = await options.evaluate(() => {
    const api = (globalThis as unknown as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
    const bg = api.runtime.getManifest().background ?? {};
    // Firefox lists every background key, unset ones empty: ask what is set.
    return { scripts: Array.isArray(bg.scripts) && bg.scripts.length > 0, serviceWorker: typeof bg.service_worker === 'string' && bg.service_worker !== '' };
  });
  expect(background).toEqual(driver.browser === 'firefox' ? { scripts: true, serviceWorker: false } : { scripts: false, serviceWorker: true });

  const status = await options.evaluate(() => {
    const api = (globalThis as unknown as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome;
    return api.runtime.sendMessage({ type: 'import-pack', data: { text: 'this is not a rule pack' } });
  });
  expect(status).toMatchObject({ lastResult: 'refused', stage: expect.any(String), reason: expect.any(String) });
});
