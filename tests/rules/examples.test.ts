import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analyze';
import { DEFAULT_PACK } from '../../rules/default-pack';

// Every rule carries drafts it must flag and drafts it must allow (architecture
// habit 4); a pack whose examples fail is not fit to ship.
const analyzer = createAnalyzer(DEFAULT_PACK);

describe.each(DEFAULT_PACK.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.flag)('flags %j', (draft) => {
    const rules = analyzer.analyze(draft).filter((f) => f.category === rule.category).map((f) => f.rule);
    expect(rules).toContain(rule.id);
  });
  it.each(rule.examples.allow)('allows %j', (draft) => {
    const cats = analyzer.analyze(draft).map((f) => f.category);
    expect(cats).not.toContain(rule.category);
  });
});
