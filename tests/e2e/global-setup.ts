import { existsSync } from 'node:fs';
import { buildFixtures } from './build-fixtures';
import { FIREFOX_EXTENSION_DIR } from './driver/firefox';
import { EXTENSION_DIR } from './harness';

/** Runs once before the e2e suite: the marker builds (Chromium and Firefox) must exist; the fixture pages are rebuilt. */
export default async function globalSetup(): Promise<void> {
  for (const dir of [EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
    if (!existsSync(`${dir}/manifest.json`)) {
      throw new Error(`No built extension at ${dir}: run npm run build:markers first (npm run test:e2e does).`);
    }
  }
  await buildFixtures();
}
