import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFixturePath } from './build-fixtures';
import { FIXTURES } from './fixtures/catalogue';
import { OTHER_PAGES } from './fixtures/pages';

/**
 * Debian's Chromium with the BUILT extension in a persistent context: the marker
 * build (.output/markers/chrome-mv3, `npm run build:markers`: the contract's data-*
 * markers and open shadow roots) unless a spec asks for another. Every http(s)
 * request from any page or worker goes through one route: a fixture URL gets its
 * built page, anything else is aborted. Both are recorded, so a test can assert
 * that the extension made no request of its own.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The marker build the suite runs; POSTGUARD_E2E_EXTENSION points at another (e.g. an integration checkout). */
export const EXTENSION_DIR = resolve(process.env.POSTGUARD_E2E_EXTENSION ?? resolve(ROOT, '.output/markers/chrome-mv3'));
/**
 * The stores' build (`npm run build`): closed shadow roots, no data-* markers (issue 12, point 2).
 * POSTGUARD_E2E_STORE_EXTENSION points at another.
 */
export const STORE_EXTENSION_DIR = resolve(process.env.POSTGUARD_E2E_STORE_EXTENSION ?? resolve(ROOT, '.output/chrome-mv3'));
const CHROMIUM = '/usr/bin/chromium';

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** 'fulfilled' with a fixture page, 'passed' to a server the test runs (LaunchOptions.passThrough), or 'aborted'. */
  outcome: 'fulfilled' | 'passed' | 'aborted';
}

export interface ExtensionWorld {
  context: BrowserContext;
  /** null when launched without the extension (a baseline for measurements). */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** Every http(s) request seen by the route, in order. */
  requests: RecordedRequest[];
}

const FIXTURE_PAGES = new Map([...FIXTURES, ...OTHER_PAGES].map((site) => [site.url, site]));

/** For specs that need more than the fixture pages (tests/e2e/packs*.spec.ts). */
export interface LaunchOptions {
  /** Requests the route lets through to the network, e.g. a pack server the test runs on 127.0.0.1. */
  passThrough?: (url: string) => boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * false: no route at all, so nothing is recorded or aborted. Playwright answers CORS
   * preflights itself for routed requests; a spec about what a real host must send
   * (tests/e2e/packs-hosts.spec.ts) needs the browser's own CORS.
   */
  route?: boolean;
  /** The unpacked extension to load (default EXTENSION_DIR, the marker build), e.g. STORE_EXTENSION_DIR. */
  extensionDir?: string;
}

async function serveFixtures(context: BrowserContext, requests: RecordedRequest[], passThrough?: (url: string) => boolean): Promise<void> {
  const pages = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const request = route.request();
    // The extension's own files (popup, chunks) are not network: let them load, unrecorded.
    if (request.url().startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const site = FIXTURE_PAGES.get(request.url());
    const record = { url: request.url(), resourceType: request.resourceType() };
    if (passThrough?.(request.url())) {
      requests.push({ ...record, outcome: 'passed' });
      await route.continue();
      return;
    }
    if (!site || request.method() !== 'GET') {
      requests.push({ ...record, outcome: 'aborted' });
      await route.abort('blockedbyclient');
      return;
    }
    requests.push({ ...record, outcome: 'fulfilled' });
    if (!pages.has(site.id)) pages.set(site.id, readFileSync(builtFixturePath(site), 'utf8'));
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(site.id) });
  });
}

/** Launches Chromium headless; with the extension unless `withExtension` is false. */
export async function launchBrowser(withExtension = true, options: LaunchOptions = {}): Promise<ExtensionWorld & { close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'postguard-e2e-'));
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension at ${dir}: run npm run build (and npm run build:markers).`);
  const extensionArgs = withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const requests: RecordedRequest[] = [];
  if (options.route !== false) await serveFixtures(context, requests, options.passThrough);
  let serviceWorker: Worker | null = null;
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  const extensionId = serviceWorker ? new URL(serviceWorker.url()).host : null;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, serviceWorker, requests, close };
}

/** The extension's id, or a clear failure when the world was launched without it. */
export function extensionIdOf(world: ExtensionWorld): string {
  if (!world.extensionId) throw new Error('launched without the extension');
  return world.extensionId;
}

interface WorkerFixtures {
  extension: ExtensionWorld;
}

interface TestFixtures {
  /** Index into extension.requests where this test began. */
  requestMark: number;
}

/**
 * One browser per Playwright worker (launching costs ~1-2 s); each test gets a
 * fresh page in it. `page` is overridden so that no bundled browser is ever used.
 */
export const test = base.extend<TestFixtures & { page: Page }, WorkerFixtures>({
  extension: ownBrowser(),
  requestMark: async ({ extension }, use) => {
    await use(extension.requests.length);
  },
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

/**
 * The `extension` of a spec that needs a browser of its own (`test.extend({ extension: ownBrowser(...) })`):
 * the bundled pack, or one `prepare` puts in force, whatever other specs did in the browser they
 * share (Playwright gives a file with its own worker fixture a worker of its own).
 */
export function ownBrowser(prepare: (world: ExtensionWorld) => Promise<void> = async () => {}): [
  (fixtures: object, use: (world: ExtensionWorld) => Promise<void>) => Promise<void>,
  { scope: 'worker'; timeout: number },
] {
  return [
    // Playwright reads fixture dependencies from this (empty) destructuring pattern.
    async ({}, use) => {
      const world = await launchBrowser(true);
      await prepare(world);
      await use(world);
      await world.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ];
}

export { expect } from '@playwright/test';
