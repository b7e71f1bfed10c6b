import { describe, expect, it } from 'vitest';
import { describeChanges, describeEffectiveChanges } from '../../../lib/rule-pack/diff';
import { buildLegacyPupilHashes, buildPupilHashes } from '../../../lib/rule-pack/pupils';
import { rosterKeyId } from '../../../lib/rule-pack/roster-key';
import { schoolPack } from './helpers';

describe('describeChanges', () => {
  const old = schoolPack();
  it('nothing changed: no lines', () => {
    expect(describeChanges(old, schoolPack({ version: 3 }))).toEqual([]);
  });
  it('says what changed in plain words, counting names without listing them', () => {
    const next = schoolPack({
      profile: { ...old.profile!, staff: [...old.profile!.staff!, { name: 'Nadia Hussain' }, { name: 'Owen Kelly' }, { name: 'Ann Other' }] },
      categories: { profanity: { severity: 'high' }, violence: { enabled: false }, derogatory: { severity: 'warn', message: 'Kinder words.' } },
      policy: { title: 'Social media policy 2026', sections: [{ id: '5', title: 'Pupils', summary: 'Never name pupils.', text: 'New text' }] },
      sites: { off: ['https://x.com/*'] },
      pause: { level: 'warn' },
      retentionDays: 7,
    });
    const old2 = { ...old, policy: { title: 'Social media policy 2026', sections: [{ id: '5', title: 'Pupils', summary: 'Never name pupils.', text: 'Old text' }] } };
    const lines = describeChanges(old2, next);
    expect(lines).toEqual(expect.arrayContaining([
      'Added 3 staff names',
      'Violence: turned off',
      'Derogatory: severity default -> warn',
      'Derogatory: message changed',
      'Policy section 5 text changed',
      'Stopped checking https://x.com/*',
      'Pause before posting: default -> warn',
      'Saved drafts kept: default -> 7 days',
    ]));
    expect(lines.join('\n')).not.toMatch(/Nadia|Owen|Profanity/);
  });
  it('the guards, the safeguarding lead and the session times (issue 15), naming no one', () => {
    const next = schoolPack({
      guards: { messages: false },
      safeguardingLead: { name: 'Dana Okafor', role: 'DSL' },
      sessionTimes: { start: '08:45', end: '15:30' },
    });
    expect(describeChanges(old, next)).toEqual([
      'Messages to pupils: no longer checked',
      'Safeguarding lead changed',
      'Session times: none -> Mon–Fri 08:45–15:30 (Europe/London), every week',
    ]);
    expect(describeChanges(next, old)).toEqual(['Messages to pupils: checked', 'Safeguarding lead removed', 'Session times: Mon–Fri 08:45–15:30 (Europe/London), every week -> none']);
    // Switching a guard on explicitly is no change: both are on unless switched off.
    expect(describeChanges(old, schoolPack({ guards: { requests: true, messages: true } }))).toEqual([]);
  });
  it('severity changes read old -> new', () => {
    expect(describeChanges(schoolPack({ categories: { profanity: { severity: 'warn' } } }), old)).toEqual(['Profanity: severity warn -> high']);
  });
  it('hashed pupil lists: each version has a fresh salt, so only the counts are compared (issue 12)', () => {
    const use = { key: Buffer.alloc(32, 1).toString('base64') };
    const a = schoolPack({ profile: { school: { name: 'S' }, pupilHashes: buildPupilHashes(['Ann Example', 'Tom Sample'], use) } });
    const b = schoolPack({ profile: { school: { name: 'S' }, pupilHashes: buildPupilHashes(['Ann Example', 'Bo Li', 'Cy Twombly'], use) } });
    expect(describeChanges(a, b)).toEqual(['Pupil list (hashed): 2 -> 3 names']);
    const again = schoolPack({ profile: { school: { name: 'S' }, pupilHashes: buildPupilHashes(['Ann Example', 'Tom Sample'], use) } });
    expect(describeChanges(a, again)).toEqual([]);
  });
  it('a new roster key, or leaving legacy hashes, is said (IT must set the key)', () => {
    const legacy = schoolPack({ profile: { school: { name: 'S' }, pupilHashes: buildLegacyPupilHashes(['Ann Example']) } });
    const key = Buffer.alloc(32, 2).toString('base64');
    const keyed = schoolPack({ profile: { school: { name: 'S' }, pupilHashes: buildPupilHashes(['Ann Example'], { key }) } });
    expect(describeChanges(legacy, keyed)).toEqual([`Hashed names now use roster key ${rosterKeyId(key)}`]);
  });

  it('effective changes: against the built-in pack, only what differs from its settings', () => {
    const lines = describeEffectiveChanges(null, schoolPack());
    expect(lines).toContain('Profanity: severity warn -> high');
    expect(lines).toContain("School name: Christ Church School -> St Aidan's Primary School");
    expect(lines.filter((l) => /^(Violence|Sexual|Commercial):/.test(l))).toEqual([]);
    expect(describeEffectiveChanges(schoolPack(), schoolPack({ version: 3 }))).toEqual([]);
  });
});
