import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const pack = {
  ...DEFAULT_PACK,
  profile: {
    ...DEFAULT_PACK.profile,
    terms: [
      { text: 'Operation Bluebird', category: 'confidential' as const },
      { text: 'Greenfield merger', category: 'confidential' as const },
      { text: 'Beacon Crypto', category: 'commercial' as const },
    ],
  },
};
const analyzer = createAnalyzer(pack);

describe('profile terms: flagged with the category the profile names', () => {
  it.each([
    ['Another Operation Bluebird meeting after school, my brain is mush', 'confidential', 'Operation Bluebird'],
    ['operation   bluebird is a mess', 'confidential', 'operation   bluebird'],
    ['#OperationBluebird strikes again', 'confidential', 'OperationBluebird'],
    ['Heard about the Greenfield merger yet?', 'confidential', 'Greenfield merger'],
    ['Get in early on Beacon Crypto 🚀', 'commercial', 'Beacon Crypto'],
  ])('flags %j as %s', (text, category, words) => {
    const f = analyzer.analyze(text).filter((x) => x.rule === 'confidential/profile-term');
    expect(f.map((x) => [x.category, x.text])).toEqual([[category, words]]);
  });

  it.each([
    'Bluebird spotted in the garden this morning',
    'The operation on my knee went well',
    'A merger of two football clubs, what next',
  ])('allows %j', (text) => {
    expect(analyzer.analyze(text).filter((x) => x.rule === 'confidential/profile-term')).toEqual([]);
  });

  it('says why, and stays quiet for a category the pack has switched off', () => {
    const [f] = analyzer.analyze('Beacon Crypto to the moon');
    expect(f?.message).toMatch(/lists ‘Beacon Crypto’/);
    const off = createAnalyzer({ ...pack, categories: { ...pack.categories, commercial: { ...pack.categories.commercial!, enabled: false } } });
    expect(off.analyze('Beacon Crypto to the moon').filter((x) => x.category === 'commercial')).toEqual([]);
  });
});
