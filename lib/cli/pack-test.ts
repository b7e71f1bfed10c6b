import { createAnalyzer } from '../analyze';
import { describeFailure, runPackExamples, runRuleExamples } from '../rule-pack/examples';
import { toRuntimePack } from '../rule-pack/layer';
import { DEFAULT_PACK } from '../../rules/default-pack';
import type { Pack } from '../../rules/schema';
import { readText, UsageError } from './load';
import { readPackFile } from './pack-io';

type Log = (line: string) => void;

const runtimeOf = (path: string, what: string): Pack => {
  const f = readPackFile(path, what, true);
  return f.v1 ?? toRuntimePack(f.pack);
};

/**
 * `pack test PACK [--drafts D.jsonl] [--against OLD]`: the pack's own examples
 * (exit 1 when any fails); with drafts, which verdicts (the set of categories
 * flagged) change against the pack in force: the built-in one unless --against.
 * A regression check before pushing a pack to every browser.
 */
export function testPack(path: string, o: { drafts?: string; against?: string; keys?: readonly string[] }, log: Log): number {
  const pack = runtimeOf(path, 'pack');
  const keys = o.keys ?? [];
  const failures = [...runPackExamples(pack, keys), ...(pack.rules !== DEFAULT_PACK.rules ? runRuleExamples(pack, keys) : [])];
  log(`${pack.id} version ${pack.version}: ${(pack.examples ?? []).length} examples, ${failures.length} failing`);
  for (const f of failures) log(`  FAIL ${describeFailure(f)}`);
  if (o.drafts) {
    const before = createAnalyzer(o.against ? runtimeOf(o.against, 'pack') : DEFAULT_PACK, keys);
    const after = createAnalyzer(pack, keys);
    const verdict = (a: typeof after, text: string) => [...new Set(a.analyze(text).map((f) => f.category))].sort().join(', ') || 'nothing';
    const lines = readText(o.drafts, 'drafts').split(/\r?\n/);
    let total = 0, changed = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let d: { id?: unknown; text?: unknown };
      try {
        d = JSON.parse(line);
      } catch {
        throw new UsageError(`drafts ${o.drafts} line ${i + 1}: not valid JSON`);
      }
      if (typeof d?.text !== 'string') throw new UsageError(`drafts ${o.drafts} line ${i + 1}: missing "text"`);
      total++;
      const a = verdict(before, d.text), b = verdict(after, d.text);
      if (a !== b) {
        changed++;
        log(`  ${String(d.id ?? `line ${i + 1}`)}: ${a} -> ${b}`);
      }
    });
    log(`${changed} of ${total} drafts change verdict against ${o.against ?? 'the built-in pack'}`);
  }
  return failures.length ? 1 : 0;
}
