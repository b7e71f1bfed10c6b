import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { builtFixturePath } from '../build-fixtures';
import { FIXTURES } from '../fixtures/catalogue';
import { OTHER_PAGES } from '../fixtures/pages';
import type { RecordedRequest } from '../harness';
import type { Driver } from './driver';

/**
 * Debian's Firefox ESR with the BUILT extension, driven by puppeteer-core over WebDriver
 * BiDi (../shared/notes/toolchain.md, "Firefox ESR"): the marker build for Firefox
 * (.output/markers/firefox-mv3, `npm run build:markers`) installed as a temporary add-on,
 * fixture pages served at the sites' real URLs by request interception, everything else
 * aborted and recorded, as tests/e2e/harness.ts does for Chromium.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIREFOX_EXTENSION_DIR = resolve(process.env.POSTGUARD_E2E_FIREFOX_EXTENSION ?? resolve(ROOT, '.output/markers/firefox-mv3'));
const FIREFOX = '/usr/bin/firefox-esr';
/** The manifest's gecko id (wxt.config.ts). */
export const GECKO_ID = 'postguard@postguard.example';
/** Fixed for the test profile, so extension pages have a known moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '7d0c2a51-5b8e-4f0a-9c1d-2e6b3f4a8c90';

const FIXTURE_PAGES = new Map([...FIXTURES, ...OTHER_PAGES].map((site) => [site.url, site]));

export interface FirefoxWorld {
  browser: Browser;
  /** Every http(s) request a page made, and any other reaching the network but Firefox's own services' (recordingProxy), in order. */
  requests: RecordedRequest[];
  /** A new tab whose requests are served and recorded. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox's own services, which it calls whatever add-on is installed (seen: remote settings). */
const FIREFOX_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

/**
 * A proxy that records every request reaching the network and refuses it. The pages'
 * requests never get there (the interception below answers or aborts them), so what it
 * sees comes from elsewhere: the extension's background, which the pages' interception
 * cannot see, and Firefox's own services, which are left out by host.
 */
async function recordingProxy(requests: RecordedRequest[]): Promise<Server> {
  const record = (url: string) => {
    const host = url.replace(/^[a-z]+:\/\//, '').replace(/[:/].*$/, '');
    if (!FIREFOX_OWN_HOSTS.test(host)) requests.push({ url, resourceType: 'background', outcome: 'aborted' });
  };
  const proxy = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket) => {
    record(`https://${request.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

export async function launchFirefox(): Promise<FirefoxWorld> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run npm run build:markers first (npm run test:e2e does).`);
  }
  const requests: RecordedRequest[] = [];
  const proxy = await recordingProxy(requests);
  const port = (proxy.address() as { port: number }).port;
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Extension pages (popup, review) open only with system access (toolchain notes).
      args: ['-remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': port,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
      },
    })
    .catch((error: unknown) => {
      proxy.close();
      throw error;
    });
  browser.once('disconnected', () => proxy.close());
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const pages = new Map<string, string>();
  const serve = (request: HTTPRequest) => {
    const url = request.url();
    // Not network: the extension's own files, and data: URLs a page makes for itself.
    if (!/^https?:/.test(url)) return void request.continue();
    // Firefox's BiDi reports a navigation's URL with its fragment (#pupil); the request itself has none.
    const site = FIXTURE_PAGES.get(url.replace(/#.*$/, ''));
    // BiDi has no resource types (puppeteer throws UnsupportedOperation): navigation or not.
    const record = { url, resourceType: request.isNavigationRequest() ? 'document' : 'other' };
    if (!site || request.method() !== 'GET') {
      requests.push({ ...record, outcome: 'aborted' });
      return void request.abort('blockedbyclient');
    }
    requests.push({ ...record, outcome: 'fulfilled' });
    if (!pages.has(site.id)) pages.set(site.id, readFileSync(builtFixturePath(site), 'utf8'));
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(site.id)! });
  };
  return {
    browser,
    requests,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', serve);
      return page;
    },
    close: () => browser.close(),
  };
}

export function firefoxDriver(page: Page): Driver {
  return {
    browser: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) as never,
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      // Puppeteer presses one key at a time: hold the modifiers around the last one.
      const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
  };
}

/**
 * Opens `moz-extension://<uuid>/<path>` in a new tab. Firefox sends BiDi no load event for an
 * extension page, so the goto never resolves (toolchain notes): start it, and wait for the
 * document instead.
 */
export async function openFirefoxExtensionPage(world: FirefoxWorld, path: string): Promise<Page> {
  const page = await world.browser.newPage();
  const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
  page.goto(url).catch(() => undefined);
  // Asked again until true: while the tab moves from about:blank to the extension page, Firefox's
  // BiDi can fail an evaluate outright ("right-hand side of 'in' should be an object"), which
  // ends a waitForFunction (seen in 3 of 29 openings in a CI run).
  const loaded = () => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url).catch(() => false);
  await expect.poll(loaded, { timeout: 15_000 }).toBe(true);
  return page;
}

/**
 * A tab the extension opened itself (tabs.create), once its document is at a URL starting with
 * `prefix` and has loaded. Puppeteer lists it among the browser's pages but, as Firefox sends
 * BiDi no navigation events for extension pages (above), as about:blank: each page is asked.
 */
export async function findFirefoxPage(world: FirefoxWorld, prefix: string): Promise<Page> {
  const at = (page: Page) =>
    page.evaluate((prefix) => location.href.startsWith(prefix) && document.readyState === 'complete', prefix).catch(() => false);
  let found: Page | undefined;
  await expect
    .poll(
      async () => {
        const pages = await world.browser.pages();
        const loaded = await Promise.all(pages.map(at));
        return (found = pages.find((_, i) => loaded[i]));
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return found!;
}
