import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { hashPupilsInProfile } from '../../../lib/rule-pack/pupils';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { ProfileSchema } from '../../../rules/schema';

// One profile with clear pupil names, the same with hashes instead: every draft
// must get the same findings from both.
const stAidans = ProfileSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/profile-st-aidans.json', import.meta.url), 'utf8')));
const profile = { ...stAidans, pupils: [...stAidans.pupils!, "Zoë O'Brien", 'Tom Sample', 'Leo Fitzgerald', 'Maya Kowalski', 'Noah', 'Anne-Marie Duval Smith'] };
const clear = createAnalyzer({ ...DEFAULT_PACK, profile });
// Keyed as every pack is built now (issue 12); the key reaches the analyzer as managed policy gives it.
const KEY = Buffer.alloc(32, 9).toString('base64');
const hashedProfile = hashPupilsInProfile(profile, { key: KEY }, 'aa'.repeat(16));
const hashed = createAnalyzer({ ...DEFAULT_PACK, profile: hashedProfile }, [KEY]);

const NAMED = [
  'Harriet Cole was brilliant in assembly today',
  'harriet cole smashed it',
  'So proud of Milo in my class today',
  'Milo F from my Year 5 class won the spelling bee',
  'Milo is a great name for a dog',
  'The Fairbairn twins in my class are a handful',
  "Ronan O'Neill forgot his PE kit again",
  'Ronan O’Neill forgot his PE kit again',
  'Zoe O Brien was off sick again',
  'zoë o’brien cried in class',
  "The O'Brien family from school complained",
  'Tom in my class bit another child',
  'Tom Sample and Leo Fitzgerald fought at break',
  'Leo F in 6W got excluded',
  "Maya Kowalski's mum shouted at me",
  'Noah from my class was sick',
  "Noah's ark at the museum",
  'Anne-Marie Duval Smith is moving schools',
  'Anne Marie in my class is lovely',
  'Duval Smith family in Year 3 again',
  '#HarrietCole star of the week',
  'Ivy climbed the wall at playtime, one of my pupils',
  'Jamie Oliver is on telly',
  'Matilda the Musical was great',
  'Lovely walk in Roundhay park',
];

const findings = (a: typeof clear, text: string) => a.analyze(text).map((f) => `${f.category}:${f.start}-${f.end}:${f.rule}`);

describe('hashed pupils flag what clear pupils flag', () => {
  it('the hashed profile holds no clear names', () => {
    expect(hashedProfile.pupils).toBeUndefined();
    expect(hashedProfile.pupilHashes).toBeDefined();
  });
  it.each(NAMED)('%j', (text) => {
    expect(findings(hashed, text)).toEqual(findings(clear, text));
  });
  it('the table is not trivial: most drafts flag a pupil', () => {
    const flagged = NAMED.filter((t) => clear.analyze(t).some((f) => f.category === 'pupil-details'));
    expect(flagged.length).toBeGreaterThan(NAMED.length / 2);
  });
  it('a hash set without `starts` (which only speeds matching up) flags the same drafts', () => {
    const set = Array.isArray(hashedProfile.pupilHashes) ? hashedProfile.pupilHashes[0]! : hashedProfile.pupilHashes!;
    expect(set.starts!.length).toBeGreaterThan(0);
    const { starts: _s, ...noStarts } = set;
    const slow = createAnalyzer({ ...DEFAULT_PACK, profile: { ...hashedProfile, pupilHashes: noStarts } }, [KEY]);
    for (const text of NAMED) expect(findings(slow, text), text).toEqual(findings(clear, text));
  });
  it('every rule example of the default pack comes out the same', () => {
    const drafts = DEFAULT_PACK.rules.flatMap((r) => [...r.examples.flag, ...r.examples.allow]);
    const differ = drafts.filter((t) => findings(hashed, t).join() !== findings(clear, t).join());
    expect(differ).toEqual([]);
  });
  it('without the roster key the keyed profile flags no pupil name (so the table above tests the key)', () => {
    const keyless = createAnalyzer({ ...DEFAULT_PACK, profile: hashedProfile });
    expect(NAMED.filter((t) => findings(keyless, t).join() !== findings(clear, t).join()).length).toBeGreaterThan(NAMED.length / 2);
  });
});

describe('private terms: keyed hashes flag what clear terms flag', () => {
  const terms = [{ text: 'Project Lantern', category: 'confidential' as const }, { text: 'Oakfield merger', category: 'confidential' as const }, { text: 'Mrs Dobbs', category: 'derogatory' as const }];
  const clearT = createAnalyzer({ ...DEFAULT_PACK, profile: { ...stAidans, terms } });
  const keyedProfile = hashPupilsInProfile({ ...stAidans, terms }, { key: KEY }, 'bb'.repeat(16), { hashTerms: true });
  const hashedT = createAnalyzer({ ...DEFAULT_PACK, profile: keyedProfile }, [KEY]);
  const DRAFTS = ['Cannot say much about Project Lantern yet', 'PROJECT  LANTERN news soon', 'the lantern project', 'Big news: the oakfield merger is on', 'Mrs Dobbs again', 'a lantern', '#ProjectLantern'];
  it('the pack names no term', () => {
    expect(keyedProfile.terms).toBeUndefined();
    expect(JSON.stringify(keyedProfile).toLowerCase()).not.toMatch(/lantern|oakfield|dobbs/);
  });
  it.each(DRAFTS)('%j', (text) => {
    expect(findings(hashedT, text)).toEqual(findings(clearT, text));
  });
  it('the table is not trivial, and without the key nothing is flagged as a term', () => {
    expect(DRAFTS.filter((t) => clearT.analyze(t).some((f) => f.rule === 'confidential/profile-term')).length).toBeGreaterThan(2);
    const keyless = createAnalyzer({ ...DEFAULT_PACK, profile: keyedProfile });
    expect(DRAFTS.filter((t) => keyless.analyze(t).some((f) => f.rule === 'confidential/profile-term'))).toEqual([]);
  });
});
