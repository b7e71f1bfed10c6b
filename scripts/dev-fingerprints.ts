/**
 * Writes the fingerprints of every 5-word run in the development drafts
 * (../shared/eval/dev/drafts.jsonl, or the path given) to
 * tests/fixtures/dev-runs.json. The copy check (tests/rules/no-dev-copies.test.ts)
 * reads only these, so it runs where the drafts are not (CI's clean clone), and
 * the repository never holds the drafts' words (issue 13, point 1).
 *
 *   npx tsx scripts/dev-fingerprints.ts [drafts.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runFingerprint, wordRuns, RUN_WORDS } from '../lib/text/shingles';

const src = resolve(process.argv[2] ?? '../shared/eval/dev/drafts.jsonl');
const runs = new Set<string>();
let drafts = 0;
for (const line of readFileSync(src, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  drafts++;
  for (const run of wordRuns((JSON.parse(line) as { text: string }).text)) runs.add(runFingerprint(run));
}
const out = {
  what: `SHA-256 (first 16 hex digits) of every ${RUN_WORDS}-word run in the development drafts, words folded by lib/text/shingles.ts`,
  source: 'shared/eval/dev/drafts.jsonl',
  drafts,
  runWords: RUN_WORDS,
  fingerprints: [...runs].sort(),
};
writeFileSync('tests/fixtures/dev-runs.json', JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`${drafts} drafts, ${runs.size} runs -> tests/fixtures/dev-runs.json`);
