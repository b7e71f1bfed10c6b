import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../lib/analyze/profile';
import { rosterPupilIn } from '../../lib/analyze/roster-name';
import { hashPupilsInProfile } from '../../lib/rule-pack/pupils';

const profile = { school: { name: 'Test Academy' }, pupils: ['Tom Sample', "Zoe O'Brien", 'Anne-Marie Duval Smith', 'Noah'] };
const KEY = Buffer.alloc(32, 7).toString('base64');
const clear = compileProfile(profile);
const hashed = compileProfile(hashPupilsInProfile(profile, { key: KEY }, 'ab'.repeat(16)), [KEY]);
const hashedWithoutKey = compileProfile(hashPupilsInProfile(profile, { key: KEY }, 'ab'.repeat(16)));

describe('a name on a card, against the roster (clear and hashed alike)', () => {
  it.each([
    ['Tom Sample', 'tom sample'],
    ['TOM SAMPLE', 'tom sample'],
    ['Tóm Sämple', 'tom sample'],
    ['Tom Sample · 2 mutual friends', 'tom sample'],
    ['Zoë O’Brien', "zoe o'brien"],
    ['Anne-Marie Duval Smith', 'anne marie duval smith'],
  ])('%s is a pupil', (text, name) => {
    expect(rosterPupilIn(clear, text)).toBe(name);
    expect(rosterPupilIn(hashed, text)).toBe(name);
  });

  it.each(['Tom', 'Tom S.', 'Sample', 'Noah', 'Noah Jones', 'Tom Samples', 'Tommy Sample', 'Thomas Sample', 'Zoe Smith'])('%s is not', (text) => {
    expect(rosterPupilIn(clear, text)).toBeNull();
    expect(rosterPupilIn(hashed, text)).toBeNull();
  });

  it('matches nothing from a keyed roster whose key is missing', () => {
    expect(rosterPupilIn(hashedWithoutKey, 'Tom Sample')).toBeNull();
  });
});
