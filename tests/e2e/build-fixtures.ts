import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from './fixtures/catalogue';
import { type FixturePage, OTHER_PAGES } from './fixtures/pages';

/**
 * Builds each fixture page (tests/e2e/fixtures/<id>.html + <id>.ts|js) into one
 * self-contained HTML file, script and library styles inlined, so that serving a
 * fixture is ONE request to the site's URL and any other request is the
 * extension's (or a bug in a fixture): the no-network test relies on that.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_SOURCES = join(here, 'fixtures');
export const FIXTURE_BUILD = join(here, '.fixtures-build');
const require = createRequire(import.meta.url);

/** A compose fixture (catalogue.ts) or another page (pages.ts): both are an id, a URL and maybe styles. */
export function builtFixturePath(site: Pick<FixturePage, 'id'>): string {
  return join(FIXTURE_BUILD, `${site.id}.html`);
}

function entryOf(site: FixturePage): string {
  for (const ext of ['ts', 'js']) {
    const path = join(FIXTURE_SOURCES, `${site.id}.${ext}`);
    if (existsSync(path)) return path;
  }
  throw new Error(`fixture ${site.id} has no ${site.id}.ts or ${site.id}.js`);
}

async function bundle(site: FixturePage): Promise<string> {
  const result = await build({
    entryPoints: [entryOf(site)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    // React and Draft.js pick their production paths from this, as on the real sites.
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // An inline script ends at the first "</script": esbuild escapes it, but say so if that ever changes.
  if (/<\/script/i.test(code)) throw new Error(`fixture ${site.id}: bundle contains "</script"`);
  return code;
}

async function buildOne(site: FixturePage): Promise<void> {
  const html = await readFile(join(FIXTURE_SOURCES, `${site.id}.html`), 'utf8');
  if (!html.includes('<!-- fixture-script -->')) throw new Error(`${site.id}.html lacks <!-- fixture-script -->`);
  const styles = await Promise.all((site.styles ?? []).map((name) => readFile(require.resolve(name), 'utf8')));
  if (styles.length && !html.includes('<!-- fixture-styles -->')) throw new Error(`${site.id}.html lacks <!-- fixture-styles -->`);
  const code = await bundle(site);
  const page = html
    .replace('<!-- fixture-styles -->', () => styles.map((css) => `<style>${css}</style>`).join('\n'))
    .replace('<!-- fixture-script -->', () => `<script>${code}</script>`);
  await writeFile(builtFixturePath(site), page);
}

/** Builds every fixture page, compose and timeline; ~1 s for all. */
export async function buildFixtures(): Promise<void> {
  await mkdir(FIXTURE_BUILD, { recursive: true });
  await Promise.all([...FIXTURES, ...OTHER_PAGES].map(buildOne));
}
