import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { extensionUrl } from './extension-pages';
import type { ExtensionWorld } from './harness';

/**
 * Makes `attachShadow` throw inside the extension's content script (its isolated world,
 * reached through the DevTools protocol), so opening the pause fails as a clash with a
 * page could make it fail. The page's own world is untouched.
 */
export async function breakShadowRootsInContentScript(page: Page, extension: ExtensionWorld): Promise<void> {
  // Node's URL gives chrome-extension: URLs an opaque origin ("null"), so strip the slash instead.
  const origin = extensionUrl(extension, '').replace(/\/$/, '');
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const ours = () => contexts.filter((c) => c.origin === origin && c.auxData?.type === 'isolated');
  await expect.poll(() => ours().length).toBeGreaterThan(0);
  for (const context of ours()) {
    await cdp.send('Runtime.evaluate', {
      contextId: context.id,
      expression: "Element.prototype.attachShadow = function () { throw new Error('test: attachShadow refused'); };",
    });
  }
  await cdp.detach();
}

/** The options page's error log (storage.local `error-log`), read from an extension page. */
export async function errorLogOf(extension: ExtensionWorld): Promise<{ where: string; host: string; message: string }[]> {
  const page = await extension.context.newPage();
  await page.goto(extensionUrl(extension, 'review.html'));
  const log = await page.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chromeApi.storage.local.get('error-log'))['error-log'] ?? []) as { where: string; host: string; message: string }[];
  });
  await page.close();
  return log;
}
