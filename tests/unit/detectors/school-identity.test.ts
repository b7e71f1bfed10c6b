import { describe, expect, it } from 'vitest';
import { analyzer, categoriesOf } from './helpers';

describe('school-identity', () => {
  it.each([
    ['full name', "Loving my first week at St Aidan's Primary School"],
    ['lower case, no apostrophe', 'st aidans primary school is the best'],
    ['alias', "Sports day at St Aidan's Leeds"],
    ['camel-case hashtag', 'Proud of our choir #StAidansLeeds'],
    ['run-together hashtag', 'so proud #staidansprimaryschool'],
    ['handle', 'thanks @staidansls8 for the flowers'],
    ['website', 'All the details are on staidans-leeds.sch.uk'],
    ['distinctive part with work context', "St Aidan's staff do on Friday"],
    ['misspelt with school context', "St Aiden's kids were a delight at the concert"],
    ['leet and spacing with school context', 'St A1dan s staff meeting ran over'],
    ['street, in a draft about school', 'Staff car park on Wetherby Road is full again'],
    ['street as people shorten it, in a draft about school', 'Staff car park on Wetherby Rd is full again'],
    ['postcode without the space', 'Drop-off at LS82JU from 9'],
    ['my school in the place', 'My school in Roundhay raised loads at the bake sale'],
  ])('flags %s', (_why, draft) => {
    expect(categoriesOf(draft)).toContain('school-identity');
  });

  it.each([
    ['place alone', 'Lovely walk round Roundhay Park this morning'],
    // The street is a street first: people live, shop and walk there (issue 13, point 3).
    ['street alone', 'Fair on Wetherby Road this Saturday, all welcome'],
    ['postcode district alone', 'Free sofa, collection from LS8'],
    ['distinctive part, no school context', "Visited St Aidan's church in Bamburgh on holiday"],
    ['another institution sharing the words', "St Aidan's College in Durham has a lovely garden"],
    ['my school with nothing identifying', 'My school has the best dinner ladies'],
  ])('allows %s', (_why, draft) => {
    expect(categoriesOf(draft)).not.toContain('school-identity');
  });

  it('marks exactly the words typed, through folding', () => {
    const draft = 'Go to ＳＴ ＡＩＤＡＮ\'Ｓ ＰＲＩＭＡＲＹ ＳＣＨＯＯＬ now';
    const f = analyzer.analyze(draft).find((x) => x.category === 'school-identity')!;
    expect(draft.slice(f.start, f.end)).toBe("ＳＴ ＡＩＤＡＮ'Ｓ ＰＲＩＭＡＲＹ ＳＣＨＯＯＬ");
  });
});
