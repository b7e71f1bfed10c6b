import { existsSync } from 'node:fs';
import { buildFixtures } from './build-fixtures';
import { EXTENSION_DIR } from './harness';

/** Runs once before the e2e suite: the marker build must exist; the fixture pages are rebuilt. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:markers first (npm run test:e2e does).`);
  }
  await buildFixtures();
}
