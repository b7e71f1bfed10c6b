import { describe, expect, it } from 'vitest';
import { nounForms } from '../../lib/analyze/inflect';
import { compileLexicon } from '../../lib/analyze/lexicon';
import { normalize } from '../../lib/analyze/normalize';
import { tokenize } from '../../lib/analyze/tokens';
import { createAnalyzer } from '../../lib/analyze';
import { DEFAULT_PACK } from '../../rules/default-pack';
import people from '../../rules/lexicons/people.json';

// Issue 13, point 7: word lists say a noun once; the compiler adds its plural.
describe('nounForms', () => {
  it.each([
    ['teacher', 'teachers'],
    ['dinner', 'dinners'],
    ['lady', 'ladies'],
    ['bully', 'bullies'],
    ['boss', 'bosses'],
    ['coach', 'coaches'],
    ['day', 'days'],
    ['man', 'men'],
    ['chairman', 'chairmen'],
    ['woman', 'women'],
    ['child', 'children'],
    ['wife', 'wives'],
  ])('%s -> %s', (one, many) => {
    expect(nounForms(one)).toEqual([one, many]);
  });

  it('leaves what is not a plain word alone', () => {
    expect(nounForms("he's")).toEqual(["he's"]);
    expect(nounForms('x')).toEqual(['x']);
    expect(nounForms('staff')).toEqual(['staff']);
  });
});

describe('a word list with plural groups', () => {
  const lex = compileLexicon({ who: ['dinner lady', 'site manager'], other: ['dinner lady'] }, { plural: ['who'] });
  const at = (text: string, group: string) => lex.matchAt(tokenize(normalize(text)), 0, group)?.j;

  it('matches the plural of the last word of a phrase in a plural group only', () => {
    expect(at('dinner ladies here', 'who')).toBe(2);
    expect(at('site managers here', 'who')).toBe(2);
    expect(at('dinner ladies here', 'other')).toBeUndefined();
  });
});

describe('one list of people for insults and threats', () => {
  const a = createAnalyzer(DEFAULT_PACK);
  const categories = (text: string) => a.analyze(text).map((f) => f.category);

  it('holds roles both detectors read, listed singular', () => {
    expect(people.person).toContain('dinner lady');
    expect(people.person).not.toContain('dinner ladies');
  });

  it('a threat to a group only the insult list used to know now counts', () => {
    expect(categories("I'm going to punch the dinner ladies")).toContain('violence');
  });
});
