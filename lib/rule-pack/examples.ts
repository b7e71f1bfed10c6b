import { createAnalyzer, type RosterKeys } from '../analyze';
import type { Category } from '../../rules/categories';
import type { Pack } from '../../rules/schema';

/** One example that did not come out as the pack says it should. */
export interface ExampleFailure {
  text: string;
  expected: Category[];
  found: Category[];
  /** Where the example comes from: `examples[2]` or a rule id. */
  source: string;
}

/**
 * Runs a runtime pack's own examples (habit 4: a pack whose examples fail is
 * not activated). Pack-level examples must flag exactly the categories they
 * expect (none: nothing). When the pack brings its own rules, each rule's
 * `flag` examples must be flagged with that rule and its `allow` examples not
 * with its category (rules of categories switched off are skipped).
 * `keys`: roster keys for keyed pupil hashes (a pack's examples must not name
 * a pupil anyway: lib/rule-pack/roster-leaks.ts).
 */
export function runPackExamples(pack: Pack, keys: RosterKeys = []): ExampleFailure[] {
  const analyzer = createAnalyzer(pack, keys);
  const failures: ExampleFailure[] = [];
  const cats = (text: string) => [...new Set(analyzer.analyze(text).map((f) => f.category))].sort();
  (pack.examples ?? []).forEach((ex, i) => {
    const found = cats(ex.text);
    const expected = [...new Set(ex.expect)].sort();
    if (found.join() !== expected.join()) failures.push({ text: ex.text, expected, found, source: `examples[${i}]` });
  });
  return failures;
}

/** Runs rule examples too (for a pack that brings its own rules). */
export function runRuleExamples(pack: Pack, keys: RosterKeys = []): ExampleFailure[] {
  const analyzer = createAnalyzer(pack, keys);
  const failures: ExampleFailure[] = [];
  for (const rule of pack.rules) {
    if (!pack.categories[rule.category]?.enabled) continue;
    for (const text of rule.examples.flag) {
      const fs = analyzer.analyze(text);
      if (!fs.some((f) => f.rule === rule.id)) failures.push({ text, expected: [rule.category], found: fs.map((f) => f.category), source: rule.id });
    }
    for (const text of rule.examples.allow) {
      const fs = analyzer.analyze(text);
      if (fs.some((f) => f.category === rule.category)) failures.push({ text, expected: [], found: fs.map((f) => f.category), source: rule.id });
    }
  }
  return failures;
}

export function describeFailure(f: ExampleFailure): string {
  const list = (c: string[]) => (c.length ? c.join(', ') : 'nothing');
  return `${f.source}: "${f.text}" should flag ${list(f.expected)} but flags ${list(f.found)}`;
}
