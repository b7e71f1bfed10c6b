import { defineConfig } from '@playwright/test';

// Run after `npm run build`: the suite loads .output/chrome-mv3 into Debian's
// Chromium (tests/e2e/harness.ts). No browser is ever downloaded.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export default defineConfig({
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
});
