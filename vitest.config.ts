import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // Unit tests read the contract's markers (lib/dom/markers.ts); the store mode is tested by passing `markers: false`.
  define: { __POSTGUARD_MARKERS__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/rules/**/*.test.ts', 'tests/sites/**/*.test.ts'],
    // A guard against hangs, not a speed target (those live in npm run bench): the fuzz
    // tests analyse ~1 MB of random text and a slow CI machine must not fail them on time.
    testTimeout: 60_000,
    setupFiles: ['tests/unit/helpers/preact-effects.ts', 'tests/unit/helpers/private-store.ts'],
  },
});
