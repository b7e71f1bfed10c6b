import type { Page, Worker } from '@playwright/test';
import { extensionIdOf, type ExtensionWorld } from './harness';

/** Opening the extension's own pages, and asking its service worker about tabs. */

/** The slice of the `chrome` global these helpers call inside the service worker. */
interface ChromeTabs {
  chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };
}

export function extensionUrl(world: ExtensionWorld, path: string): string {
  return `chrome-extension://${extensionIdOf(world)}/${path}`;
}

/** The extension's service worker as it is now (MV3 may have restarted it since launch). */
export function serviceWorkerOf(world: ExtensionWorld): Worker {
  const prefix = extensionUrl(world, '');
  const worker = world.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (!worker) throw new Error(`the extension's service worker (${prefix}) is not running`);
  return worker;
}

/**
 * The browser's id for the tab showing `page`, from the service worker's
 * chrome.tabs. Matched by URL when the extension may read it (its host
 * permissions), otherwise as the active tab after bringing `page` to the front.
 */
export async function tabIdOf(world: ExtensionWorld, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorkerOf(world).evaluate(async (url) => {
    const { tabs } = (globalThis as unknown as ChromeTabs).chrome;
    const [byUrl] = await tabs.query({ url });
    if (byUrl?.id !== undefined) return byUrl.id;
    const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? null;
  }, page.url());
  if (id === null) throw new Error(`no tab id for ${page.url()}`);
  return id;
}

/** Opens the popup in its own tab, describing the tab that shows `page` (popup.html?tab=<id>). */
export async function openPopupFor(world: ExtensionWorld, page: Page): Promise<Page> {
  const tabId = await tabIdOf(world, page);
  const popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, `popup.html?tab=${tabId}`));
  return popup;
}
