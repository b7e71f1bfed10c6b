/**
 * Brings public labelled datasets into rules/training/public/<name>/ from the rows
 * scripts/training/import-public.mjs rebuilds out of the sources' git snapshots
 * (pinned commits, licences and label mappings in each PROVENANCE.md). Drops a
 * row sharing a 5-word run with a development draft, as for the written corpus.
 *
 *   node scripts/training/import-public.mjs out=/tmp/public hatecheck=<gitdir> ...
 *   npx tsx scripts/training/import-public.ts /tmp/public
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFingerprint, wordRuns } from '../../lib/text/shingles';
import { jsonl, TRAINING_DIR } from './corpus';

const devRuns = new Set((JSON.parse(readFileSync('tests/fixtures/dev-runs.json', 'utf8')) as { fingerprints: string[] }).fingerprints);
const from = process.argv[2];
if (!from) throw new Error('usage: import-public.ts <folder holding <name>/rows.jsonl>');
for (const name of readdirSync(from).filter((d) => existsSync(join(from, d, 'rows.jsonl'))).sort()) {
  const rows = jsonl<{ text: string }>(join(from, name, 'rows.jsonl'));
  const kept = rows.filter((r) => !wordRuns(r.text).some((run) => devRuns.has(runFingerprint(run))));
  const dest = join(TRAINING_DIR, 'public', name);
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, 'rows.jsonl'), kept.map((r) => JSON.stringify(r)).join('\n') + '\n');
  if (existsSync(join(from, name, 'PROVENANCE.md'))) copyFileSync(join(from, name, 'PROVENANCE.md'), join(dest, 'PROVENANCE.md'));
  console.log(`${name}: ${kept.length} of ${rows.length} rows kept (${rows.length - kept.length} shared a 5-word run with a development draft)`);
}
