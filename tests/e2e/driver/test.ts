import { test as base, expect, type Page } from '@playwright/test';
import { extensionUrl } from '../extension-pages';
import { launchBrowser, type RecordedRequest } from '../harness';
import { playwrightDriver, type Driver } from './driver';
import { findFirefoxPage, firefoxDriver, launchFirefox, openFirefoxExtensionPage } from './firefox';

/**
 * The shared suite's `test`: one browser per worker, Chromium (Playwright) or Firefox
 * (puppeteer-core), as the project's `browserKind` says (tests/e2e/playwright.config.ts);
 * each test gets a fresh tab wrapped as a Driver.
 */

interface Browsers {
  browserKind: Driver['browser'];
  world: {
    requests: RecordedRequest[];
    newDriver(): Promise<{ driver: Driver; close(): Promise<void> }>;
    /** A new tab showing one of the extension's pages (`review.html`, `popup.html?tab=3`), loaded. */
    openExtensionPage(path: string): Promise<{ driver: Driver; close(): Promise<void> }>;
    /** A tab the browser or the extension opened, once one shows a URL starting with `prefix` and has loaded. */
    openedPage(prefix: string): Promise<{ driver: Driver; close(): Promise<void> }>;
  };
}

interface PerTest {
  driver: Driver;
  /** Every http(s) request any page or the extension made, in order (Firefox: the background's through a recording proxy). */
  requests: RecordedRequest[];
  /** Index into `requests` where this test began. */
  requestMark: number;
  /** Opens one of the extension's pages in a new tab, closed after the test. */
  extensionPage(path: string): Promise<Driver>;
  /** A tab the extension opened itself (tabs.create), found by the start of its URL; closed after the test. */
  openedPage(prefix: string): Promise<Driver>;
}

export type World = Browsers['world'];

/** A browser with the extension loaded, of either kind; a spec that needs one of its own (a pack in force) opens it. */
export async function openWorld(kind: Driver['browser']): Promise<{ world: World; close(): Promise<void> }> {
  if (kind === 'firefox') {
    const firefox = await launchFirefox();
    return {
      world: {
        requests: firefox.requests,
        async newDriver() {
          const page = await firefox.newPage();
          return { driver: firefoxDriver(page), close: () => page.close() };
        },
        async openExtensionPage(path) {
          const page = await openFirefoxExtensionPage(firefox, path);
          return { driver: firefoxDriver(page), close: () => page.close() };
        },
        async openedPage(prefix) {
          const page = await findFirefoxPage(firefox, prefix);
          return { driver: firefoxDriver(page), close: () => page.close() };
        },
      },
      close: () => firefox.close(),
    };
  }
  const chromium = await launchBrowser(true);
  return {
    world: {
      requests: chromium.requests,
      async newDriver() {
        const page = await chromium.context.newPage();
        return { driver: playwrightDriver(page), close: () => page.close() };
      },
      async openExtensionPage(path) {
        const page = await chromium.context.newPage();
        await page.goto(extensionUrl(chromium, path));
        return { driver: playwrightDriver(page), close: () => page.close() };
      },
      async openedPage(prefix) {
        let found: Page | undefined;
        // The popup takes the copy first (screenshot, selection, the background's write), then opens the tab:
        // on a loaded CI machine that took more than expect's 5 s once (CI at c71606c).
        await expect.poll(() => (found = chromium.context.pages().find((p) => p.url().startsWith(prefix))), { timeout: 20_000 }).toBeDefined();
        await found!.waitForLoadState('load');
        return { driver: playwrightDriver(found!), close: () => found!.close() };
      },
    },
    close: () => chromium.close(),
  };
}

/**
 * The `world` of a spec that needs a browser of its own (`test.extend({ world: ownWorld(...) })`):
 * a pack it puts in force, or records it leaves, then stay out of the browser other specs share
 * (Playwright gives a file with its own worker fixture a worker of its own). `prepare` runs first.
 */
export function ownWorld(prepare: (world: World) => Promise<void> = async () => {}): [
  (fixtures: { browserKind: Driver['browser'] }, use: (world: World) => Promise<void>) => Promise<void>,
  { scope: 'worker'; timeout: number },
] {
  return [
    async ({ browserKind }: { browserKind: Driver['browser'] }, use: (world: World) => Promise<void>) => {
      const { world, close } = await openWorld(browserKind);
      await prepare(world);
      await use(world);
      await close();
    },
    { scope: 'worker', timeout: 90_000 },
  ];
}

export const test = base.extend<PerTest, Browsers>({
  browserKind: ['chromium', { option: true, scope: 'worker' }],
  world: [
    async ({ browserKind }, use) => {
      const { world, close } = await openWorld(browserKind);
      await use(world);
      await close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  requests: async ({ world }, use) => {
    await use(world.requests);
  },
  requestMark: async ({ world }, use) => {
    await use(world.requests.length);
  },
  extensionPage: async ({ world }, use) => {
    const opened: (() => Promise<void>)[] = [];
    await use(async (path) => {
      const { driver, close } = await world.openExtensionPage(path);
      opened.push(close);
      return driver;
    });
    for (const close of opened) await close();
  },
  openedPage: async ({ world }, use) => {
    const found: (() => Promise<void>)[] = [];
    await use(async (prefix) => {
      const { driver, close } = await world.openedPage(prefix);
      found.push(close);
      return driver;
    });
    for (const close of found) await close();
  },
  driver: async ({ world }, use) => {
    const { driver, close } = await world.newDriver();
    await use(driver);
    await close();
  },
});

export { expect } from '@playwright/test';
