import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { compileLexicon } from '../../../lib/analyze/lexicon';
import { judgeName } from '../../../lib/analyze/name-context';
import { describeNameNotice, namesNeedingContext, withEverydayWords } from '../../../lib/rule-pack/name-context';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import nameContext from '../../../rules/lexicons/name-context.json';
import { ProfileSchema } from '../../../rules/schema';
import { categoriesOf as stAidansCategories } from './helpers';

// Issue 13, point 3: a name that also means something else flags only when the draft is
// about school or work. A fictional school whose names are the kinds that mislead; the
// drafts are written for these tests.
const summit = ProfileSchema.parse({
  school: {
    name: 'Summit Academy',
    aliases: ['Summit', 'Parkside', "St Bride's", 'Holy Trinity', 'Kelmscott Park', 'SMA', 'Quillfeather Summit', 'St B'],
    places: ['Hope'],
  },
  staff: [{ name: 'Harry Kane', role: 'PE teacher' }, { name: 'Imelda Quartermaine', role: 'Headteacher' }],
  pupils: ['Jude Bellingham', 'Tamsin Okonjo'],
});
const pack = { ...DEFAULT_PACK, profile: summit, lexicons: withEverydayWords(DEFAULT_PACK.lexicons, summit) };
const analyzer = createAnalyzer(pack);
const categories = (draft: string) => [...new Set(analyzer.analyze(draft).map((f) => f.category))];

describe('judgeName: which names need context, from the word lists alone', () => {
  const lists = compileLexicon({ ...nameContext, everyday: ['summit', 'pebble', 'hill', 'hope'] });
  const places = compileLexicon({ place: ['hampstead'] });
  it.each([
    ['Summit', 'everyday'],
    ['Pebble Hill', 'everyday'],
    ['Parkside', 'school-name'],
    ['Brookfield', 'school-name'],
    ["St Mary's", 'worship'],
    ['Holy Trinity', 'worship'],
    ['All Saints', 'worship'],
    ['Christ Church Hampstead', 'worship'],
    ['Kelmscott Park', 'institution'],
    ['Oakfield Leisure Centre', 'institution'],
    ['Churchill', 'famous'],
    ['Harry Kane', 'famous'],
    ['Hampstead', 'place'],
  ])('%s needs context: %s', (name, reason) => {
    expect(judgeName(name, lists, places)?.reason).toBe(reason);
  });
  it.each([
    ['the full name with its school word', 'Summit Academy'],
    ['a C of E primary', "St Mary's C of E Primary School"],
    ['a name with a word the lists do not know', 'Quillfeather Summit'],
    ['initials', 'SMA'],
  ])('%s counts anywhere: %s', (_why, name) => {
    expect(judgeName(name, lists, places)).toBeUndefined();
  });
  it('a dedication with a word the lists do not know counts anywhere but in a draft about church', () => {
    expect(judgeName("St Aidan's Leeds", lists, places)).toEqual({ reason: 'worship', word: 'st', unlessChurch: true });
  });
});

describe('an alias that is a dedication with a word of its own (St Aidan\'s Leeds)', () => {
  it.each(["Wedding at St Aidan's Leeds this afternoon, the bride looked stunning", "The vicar at St Aidan's Leeds does a lovely sermon"])('allows %j', (draft) => {
    expect(stAidansCategories(draft)).not.toContain('school-identity');
  });
  it.each(["St Aidan's Leeds won the county quiz final", 'Proud of our choir #StAidansLeeds'])('flags %j', (draft) => {
    expect(stAidansCategories(draft)).toContain('school-identity');
  });
});

describe('school-identity: a name that also means something else', () => {
  it.each([
    ['an everyday-word alias with work context', 'Summit staff do was a right laugh'],
    ['a common school name with school context', 'Parkside parents evening ran late again'],
    ['a church name with school context', "St Bride's kids sang like angels at the carol concert"],
    ['a worship name with school context', 'Holy Trinity pupils raised loads for the food bank'],
    ['the full name, anywhere', 'Summit Academy is recruiting a cook'],
    ['an alias the lists do not know, anywhere', 'Quillfeather Summit rocks'],
    ['initials, anywhere', 'SMA rocks'],
    ['a hashtag of a short alias, as before', 'Results in! #SMAfamily'],
    ['a short alias of two words, with work context', 'St B staff are a lovely lot'],
  ])('flags %s', (_why, draft) => {
    expect(categories(draft)).toContain('school-identity');
  });
  it.each([
    ['the everyday word', 'Made it to the summit of Helvellyn by noon'],
    ['the everyday word as a hashtag', 'Cloud inversion this morning #summit'],
    ['a common school name elsewhere', 'Parkside is where we lived when I was little'],
    ['a church', "Lovely christening at St Bride's this morning"],
    ['a church, as a hashtag', 'Bells ringing out #HolyTrinity'],
    ['an alias that names a park', 'Picnic in Kelmscott Park with the dog'],
    ['an everyday alias inside another name, even after work', 'Walked up Glastonbury Summit after work, what a view'],
    ['an alias before another business', 'Parkside Dental have moved to the high street'],
    ['an alias inside a longer word, even with work context', 'Summitry was the topic of my evening class at work'],
    ['initials only as the whole word, never stretched into another', 'SMAAA that was loud'],
    ['a place that is also a word, in lower case', 'At the summit hope fades fast'],
  ])('allows %s', (_why, draft) => {
    expect(categories(draft)).not.toContain('school-identity');
  });
});

describe('staff and pupils who share a famous name', () => {
  it.each([
    ['a colleague with work context', 'Harry Kane covered my Year 4 class at work today', 'staff-identity'],
    ['a colleague with an unshared name, in a draft about work', 'Imelda Quartermaine has done it again, covered my duty at work', 'staff-identity'],
    ['a pupil in class', 'Jude Bellingham from my class won the spelling bee', 'pupil-details'],
    ['a pupil with an unshared name, anywhere', 'Tamsin Okonjo did it again', 'pupil-details'],
  ])('flags %s', (_why, draft, category) => {
    expect(categories(draft)).toContain(category);
  });
  it.each([
    ['the footballer', 'Harry Kane scored twice against Spain', 'staff-identity'],
    // No list of famous people is whole: any full name needs the draft to be about school or work.
    ['a darts player sharing a colleague\'s unlisted name', 'Imelda Quartermaine hit a nine-darter at the Ally Pally', 'staff-identity'],
    ['the footballer, in a draft about a pupil', 'Jude Bellingham signed a new deal, what a player', 'pupil-details'],
    ['the footballer, in a draft about work but no class', 'Jude Bellingham on the big screen at the pub after work, what a goal', 'pupil-details'],
  ])('allows %s', (_why, draft, category) => {
    expect(categories(draft)).not.toContain(category);
  });
  it('keeps the first-name rule: a first name alone needs class context', () => {
    expect(categories('Tamsin came round for tea')).not.toContain('pupil-details');
    expect(categories('Tamsin in my class lost a tooth')).toContain('pupil-details');
  });
});

describe("an alias's own distinctive part; a Church of England school's name", () => {
  const bentley = ProfileSchema.parse({ school: { name: 'Joseph Pennyworth Church of England Primary School', aliases: ["Pennyworth's CE Primary"], places: ['Mirfield'] } });
  const a = createAnalyzer({ ...DEFAULT_PACK, profile: bentley, lexicons: withEverydayWords(DEFAULT_PACK.lexicons, bentley) });
  const cats = (draft: string) => a.analyze(draft).map((f) => f.category);
  it.each([
    ['the name without "Church of England", in a draft about school', 'Ofsted at Joseph Pennyworth next week, staff are terrified'],
    ["the alias's own part, in a draft about school", "Pennyworth's staff deserve better than this"],
  ])('flags %s', (_why, draft) => expect(cats(draft)).toContain('school-identity'));
  it("allows the alias's own part with no school context", () => expect(cats("Pennyworth's bakery does the best pies in town")).not.toContain('school-identity'));
});

describe('a place that is not a word still pins the distinctive part, whatever its case', () => {
  it.each(['st aidans roundhay was buzzing tonight', "St Aidan's Roundhay was buzzing tonight"])('flags %j', (draft) => {
    expect(stAidansCategories(draft)).toContain('school-identity');
  });
});

describe('the built-in profile: an alias that is also a church', () => {
  const builtIn = createAnalyzer(DEFAULT_PACK);
  const cats = (draft: string) => [...new Set(builtIn.analyze(draft).map((f) => f.category))];
  it('allows the church with no school context', () => {
    expect(cats('Midnight mass at Christ Church Hampstead was packed')).not.toContain('school-identity');
  });
  it('flags it in a draft about work, and the full name anywhere', () => {
    expect(cats('Christ Church Hampstead staff are the best bunch going')).toContain('school-identity');
    expect(cats('Christ Church Primary School is hiring')).toContain('school-identity');
  });
});

describe('namesNeedingContext: what leadership is told', () => {
  it('lists each name with its reason, counts pupils without naming them', () => {
    const notices = namesNeedingContext(summit);
    const by = Object.fromEntries(notices.filter((n) => n.name).map((n) => [n.name, n.reason]));
    expect(by).toEqual({
      Summit: 'everyday',
      Parkside: 'school-name',
      "St Bride's": 'worship',
      'Holy Trinity': 'worship',
      'Kelmscott Park': 'institution',
      'St B': 'worship',
      Hope: 'everyday',
      'Harry Kane': 'famous',
    });
    expect(notices.find((n) => n.field === 'pupils')).toMatchObject({ count: 1 });
    expect(JSON.stringify(notices)).not.toContain('Bellingham');
  });
  it('tells of a dedication with a word of its own that it gives way to drafts about church', () => {
    const [notice] = namesNeedingContext({ school: { name: "St Aidan's Primary School", aliases: ["St Aidan's Leeds"] } });
    expect(describeNameNotice(notice!)).toBe('"St Aidan\'s Leeds" may also be a church\'s name: not flagged when the draft is about church (a wedding, a funeral, the vicar)');
  });
  it('writes into the pack only the everyday words of the school names', () => {
    expect(withEverydayWords(undefined, summit)?.['name-context']?.everyday).toEqual(['academy', 'bride', 'hope', 'park', 'summit', 'trinity']);
  });
});
