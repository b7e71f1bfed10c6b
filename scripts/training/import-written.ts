/**
 * Brings a writer's drafts into rules/training/written/<writer>/: checks every
 * line (categories, the school's profile against the contract's schema), drops
 * exact repeats and any draft sharing a 5-word run with a development draft
 * (tests/rules/no-dev-copies.test.ts would fail on it), and writes one
 * drafts.jsonl with the fields training reads plus the writer's notes.
 *
 *   npx tsx scripts/training/import-written.ts <writer-folder> [<writer-folder> ...]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ProfileSchema } from '../../rules/schema';
import { runFingerprint, wordRuns } from '../../lib/text/shingles';
import { checkLabels, jsonl, TRAINING_DIR } from './corpus';

const devRuns = new Set((JSON.parse(readFileSync('tests/fixtures/dev-runs.json', 'utf8')) as { fingerprints: string[] }).fingerprints);
const copied = (text: string) => wordRuns(text).some((r) => devRuns.has(runFingerprint(r)));

for (const folder of process.argv.slice(2)) {
  const writer = basename(folder);
  const schools = JSON.parse(readFileSync(join(folder, 'schools.json'), 'utf8')) as Record<string, unknown>;
  for (const [id, p] of Object.entries(schools)) {
    const r = ProfileSchema.safeParse(p);
    if (!r.success) throw new Error(`${writer}/schools.json ${id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  const dropped = { repeat: 0, devCopy: 0, empty: 0 };
  for (const file of readdirSync(folder).filter((f) => /^drafts-\d+\.jsonl$/.test(f)).sort()) {
    for (const d of jsonl<Record<string, unknown>>(join(folder, file))) {
      const where = `${writer}/${file} ${String(d.id)}`;
      if (typeof d.text !== 'string' || !d.text.trim()) { dropped.empty++; continue; }
      if (typeof d.school !== 'string' || !(d.school in schools)) throw new Error(`${where}: school ${String(d.school)} not in schools.json`);
      const expect = checkLabels(d.expect, where);
      const key = d.text.trim().toLowerCase();
      if (seen.has(key)) { dropped.repeat++; continue; }
      seen.add(key);
      if (copied(d.text)) { dropped.devCopy++; continue; }
      out.push(JSON.stringify({ id: d.id, school: d.school, text: d.text, expect, note: d.note, voice: d.voice, platform: d.platform }));
    }
  }
  const dest = join(TRAINING_DIR, 'written', writer);
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, 'schools.json'), JSON.stringify(schools, null, 2) + '\n');
  writeFileSync(join(dest, 'drafts.jsonl'), out.join('\n') + '\n');
  console.log(`${writer}: ${out.length} drafts kept; dropped ${JSON.stringify(dropped)}`);
}
