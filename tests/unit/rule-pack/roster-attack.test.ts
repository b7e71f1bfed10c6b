import { describe, expect, it } from 'vitest';
import { buildLegacyPupilHashes, buildPupilHashes } from '../../../lib/rule-pack/pupils';
import { newRosterKey } from '../../../lib/rule-pack/roster-key';
import { attackData, attackRoster } from '../../../scripts/roster-attack-core';

// The roster attack of issue 12 (scripts/roster-attack.ts at full size) on a small
// pack: 30 pupils, 300 first names and 600 surnames holding every roster half.
const { roster, firstNames, surnames } = attackData(30, 300, 600, 7);

describe('the roster attack (issue 12)', () => {
  it('the candidate lists hold the whole roster: the attacker\'s best case', () => {
    expect(roster).toHaveLength(30);
    for (const name of roster) {
      const [first, last] = name.split(' ');
      expect(firstNames).toContain(first);
      expect(surnames).toContain(last);
    }
  });
  it('recovers every pupil of a legacy pack (salted SHA-256): so this test can fail', () => {
    expect(attackRoster([buildLegacyPupilHashes(roster)], firstNames, surnames).recovered).toEqual([...roster].sort());
  });
  it('recovers nothing, not even a first name, from a keyed pack without its key', () => {
    const r = attackRoster([buildPupilHashes(roster, { key: newRosterKey() })], firstNames, surnames);
    expect(r).toMatchObject({ recovered: [], firstFound: 0, surnamesFound: 0 });
  });
  it('a pack carrying its key gives its roster to whoever holds it (what the warnings say)', () => {
    expect(attackRoster([buildPupilHashes(roster, { key: newRosterKey(), embed: true })], firstNames, surnames).recovered).toEqual([...roster].sort());
  });
});
