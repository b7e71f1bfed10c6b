/**
 * How far a second writer agrees with the first on a sample of the written
 * corpus (rules/training/agreement/second.jsonl: 600 drafts, 100 a writer,
 * labelled again from the text and the school's profile alone, without seeing
 * the first labels). Per category: Cohen's kappa and F1 between the two; overall:
 * micro F1, exact label sets, and clean-or-flagged agreement.
 *
 *   npx tsx scripts/training/agreement.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES } from '../../rules/categories';
import { jsonl, TRAINING_DIR } from './corpus';

// Keyed by text: a writer may have re-worded a draft after the sample was drawn, and that one no longer compares.
const first = new Map<string, Set<string>>();
for (const writer of readdirSync(join(TRAINING_DIR, 'written')).filter((d) => !d.includes('.'))) {
  for (const d of jsonl<{ id: string; text: string; expect: string[] }>(join(TRAINING_DIR, 'written', writer, 'drafts.jsonl'))) first.set(`${d.id}\t${d.text}`, new Set(d.expect));
}
const all = jsonl<{ id: string; text: string; expect: string[] }>(join(TRAINING_DIR, 'agreement', 'second.jsonl')).map((d) => ({ ...d, id: `${d.id}\t${d.text}` }));
const second = all.filter((d) => first.has(d.id));
console.log(`${all.length - second.length} of the sample re-worded by their writer since, left out`);
const n = second.length;
let a = 0, b = 0, both = 0;
console.log(`${n} drafts labelled by both writers\n`);
console.log(`${'category'.padEnd(16)} first second  both  kappa    F1`);
for (const c of CATEGORIES) {
  let x = 0, y = 0, xy = 0, same = 0;
  for (const d of second) {
    const p = first.get(d.id)!.has(c), q = d.expect.includes(c);
    x += +p; y += +q; xy += +(p && q); same += +(p === q);
  }
  const po = same / n, pe = (x / n) * (y / n) + (1 - x / n) * (1 - y / n);
  const kappa = pe < 1 ? (po - pe) / (1 - pe) : 1;
  a += x; b += y; both += xy;
  console.log(`${c.padEnd(16)} ${String(x).padStart(5)} ${String(y).padStart(6)} ${String(xy).padStart(5)} ${kappa.toFixed(3).padStart(6)} ${(x + y ? (2 * xy) / (x + y) : 1).toFixed(3).padStart(5)}`);
}
const exact = second.filter((d) => { const f = first.get(d.id)!; return f.size === d.expect.length && d.expect.every((c) => f.has(c)); }).length;
const clean = second.filter((d) => (first.get(d.id)!.size === 0) === (d.expect.length === 0)).length;
console.log(`\nmicro F1 ${((2 * both) / (a + b)).toFixed(3)}; same label set ${(exact / n).toFixed(3)}; same clean-or-flagged call ${(clean / n).toFixed(3)}`);
