import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { bundledModel } from '../../../lib/cli/model';
import { DEFAULT_PACK } from '../../../rules/default-pack';

// The shipped weights (rules/model/weights.json) in the analyzer: what a finding the model adds looks like.
// Sentences here are made up for these tests, in kinds the rules' word lists do not hold.
describe('the learned scorer in the analyzer', () => {
  const withModel = createAnalyzer(DEFAULT_PACK, { model: bundledModel() });
  const rulesOnly = createAnalyzer(DEFAULT_PACK);

  it.each([['violence', 'That inspector had better not show his face round here again or he will be leaving in an ambulance']])('adds %s where the rules find none, marking the words that carry it', (category, text) => {
    expect(rulesOnly.analyze(text).map((f) => f.category)).not.toContain(category);
    const added = withModel.analyze(text).filter((f) => f.rule === `${category}/model`);
    expect(added.length).toBeGreaterThan(0);
    for (const f of added) {
      expect(f.text.length).toBeLessThan(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.message).toMatch(/marked words weigh most/);
      expect(f.sections.length).toBeGreaterThan(0);
    }
  });

  it.each([
    'Lovely walk along the river, the dog came back filthy',
    'Our netball team won the county cup, so proud of the girls',
    'Anyone know a good plumber? Boiler packed in again',
  ])('adds nothing to an ordinary post: %s', (text) => {
    expect(withModel.analyze(text)).toEqual([]);
  });

  it('a disabled category stays silent, model or not', () => {
    const pack = { ...DEFAULT_PACK, categories: { ...DEFAULT_PACK.categories, violence: { ...DEFAULT_PACK.categories.violence!, enabled: false } } };
    expect(withModel.analyze('I swear I will smash his face in if he speaks to me like that again').map((f) => f.category)).toContain('violence');
    const a = createAnalyzer(pack, { model: bundledModel() });
    expect(a.analyze('I swear I will smash his face in if he speaks to me like that again').map((f) => f.category)).not.toContain('violence');
  });
});
