import { defineConfig } from 'vitest/config';

// The CLI tests run the built bundle (dist/postguard.mjs) as a user would, in plain Node.
export default defineConfig({
  test: { include: ['tests/cli/**/*.test.ts'], root: new URL('../..', import.meta.url).pathname },
});
