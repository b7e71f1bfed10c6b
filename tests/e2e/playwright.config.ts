import { defineConfig } from '@playwright/test';
import type { Driver } from './driver/driver';

// Run after `npm run build:markers` (npm run test:e2e does it first): the suite loads
// .output/markers/chrome-mv3 into Debian's Chromium (tests/e2e/harness.ts); oracle.spec.ts
// also loads the stores' build, .output/chrome-mv3 (`npm run build`). No browser is ever downloaded.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export default defineConfig<object, { browserKind: Driver['browser'] }>({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: './test-results',
  // Two cores on the CI machine; one browser per worker.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { headless: true, actionTimeout: 10_000, trace: 'off' },
  // The latency and long-task probes run last and alone: with the other worker busy on
  // the suite, the machine's two cores made their figures swing by 2-4x.
  projects: [
    { name: 'suite', testIgnore: /(perf|perf-firefox|screenshots|packs-managed|firefox-managed|content-storage)\.spec\.ts$/ },
    // The shared suite again in Firefox ESR (tests/e2e/driver/firefox.ts, the marker build for Firefox).
    { name: 'firefox', testMatch: /(editors|pause|popup|marks|managed-unset|background|contact|school-devices|incident)\.spec\.ts$/, use: { browserKind: 'firefox' } },
    { name: 'perf', testMatch: /perf\.spec\.ts$/, dependencies: ['suite', 'firefox'] },
    // A managed policy file applies to every Chromium started while it exists: this runs
    // last and alone (as root, to write /etc/chromium/policies/managed). Alone: --no-deps.
    // The same typing measurement in Firefox, alone too.
    { name: 'perf-firefox', testMatch: /perf-firefox\.spec\.ts$/, dependencies: ['perf'] },
    // Alone as well: its first test (a pack URL set from an extension page is checked and put in
    // force) failed every time author.spec.ts ran in the other worker at the same moment, in its own
    // browser, at 3b7d742 as now; nothing else beside it did that (policy.spec.ts, two busy cores).
    // Not understood yet; until it is, the two never overlap. Alone: --project=content-storage --no-deps.
    { name: 'content-storage', testMatch: /content-storage\.spec\.ts$/, dependencies: ['perf-firefox'] },
    { name: 'packs-managed', testMatch: /packs-managed\.spec\.ts$/, dependencies: ['content-storage'] },
    // The same for Firefox's policies.json (root, to write the install's distribution folder).
    // Alone: --project=firefox-managed --no-deps.
    { name: 'firefox-managed', testMatch: /firefox-managed\.spec\.ts$/, dependencies: ['packs-managed'] },
    // `npm run screenshots` only: the README's images.
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts$/ },
  ],
});
