import { describe, expect, it } from 'vitest';
import { fromV1, resolvePack, toRuntimePack } from '../../../lib/rule-pack/layer';
import { buildPupilHashes, buildTermHashes } from '../../../lib/rule-pack/pupils';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { PackSchema, PackV2Schema, type PackV2 } from '../../../rules/schema';
import { schoolPack } from './helpers';

const base: PackV2 = {
  schemaVersion: 2, id: 'trust:north-leeds', version: 7, issuedAt: '2026-09-01T00:00:00Z', publisher: { name: 'North Leeds Trust' },
  profile: { school: { name: 'North Leeds Trust' }, staff: [{ name: 'Carol Trustee', role: 'CEO' }, { name: 'Gareth Pryce', role: 'Executive head' }] },
  policy: { title: 'Trust policy', sections: [{ id: '1', title: 'Scope', summary: 'All staff.' }] },
  categories: {
    profanity: { severity: 'warn', locked: true },
    'pupil-details': { enabled: true, severity: 'high', locked: true },
    commercial: { enabled: false },
  },
  terms: [{ text: 'Project Heron', category: 'confidential' }],
  allowedTerms: ['damn'],
  sites: { off: ['https://www.linkedin.com/*'], add: ['https://forum.example/*'] },
  pause: { level: 'warn', locked: true },
  retentionDays: 30,
  examples: [{ text: 'FFS', expect: ['profanity'] }],
};

describe('resolvePack: the documented rules', () => {
  const school = schoolPack({
    categories: { profanity: { severity: 'info', message: 'Mind your language.' }, 'pupil-details': { enabled: false }, commercial: { enabled: true, severity: 'info' } },
    terms: [{ text: 'Operation Swan', category: 'confidential' }, { text: 'Project Heron', category: 'confidential' }],
    allowedTerms: ['bloody'],
    sites: { add: ['https://chat.example/*'] },
    pause: { level: 'off' },
    retentionDays: 14,
  });
  const r = resolvePack(base, school);

  it('1. identity is the school pack\'s; extends records the base', () => {
    expect(r).toMatchObject({ id: school.id, version: 2, issuedAt: school.issuedAt, publisher: school.publisher, extends: { id: 'trust:north-leeds', version: 7 } });
    expect(PackV2Schema.safeParse(r).success).toBe(true);
  });
  it('2. single values: the school\'s when set, else the base\'s', () => {
    expect(r.retentionDays).toBe(14);
    expect(r.profile!.school.name).toBe("St Aidan's Primary School");
    expect(r.policy!.title).toBe('Trust policy');
    expect(resolvePack(base, schoolPack({ policy: { title: 'Ours', sections: [{ id: '1', title: 'A', summary: 'B' }] } })).policy!.title).toBe('Ours');
  });
  it('3. lists are unions without repeats; the school\'s staff entry wins', () => {
    expect(r.profile!.staff).toEqual([{ name: 'Carol Trustee', role: 'CEO' }, { name: 'Gareth Pryce', role: 'Headteacher' }]);
    expect(r.terms!.map((t) => t.text)).toEqual(['Project Heron', 'Operation Swan']);
    expect(r.allowedTerms).toEqual(['damn', 'bloody']);
    expect(r.sites).toEqual({ off: ['https://www.linkedin.com/*'], add: ['https://forum.example/*', 'https://chat.example/*'] });
    expect(r.examples!.map((e) => e.text)).toEqual(['FFS', ...school.examples!.map((e) => e.text)]);
  });
  it('3. pupil hashes: one set per salt and key, sets of one salt and key merged', () => {
    const use = { key: Buffer.alloc(32, 3).toString('base64') };
    const a = buildPupilHashes(['Ann Example'], use, 'a'.repeat(32)), b = buildPupilHashes(['Tom Sample'], use, 'a'.repeat(32)), c = buildPupilHashes(['Bo Li'], use, 'c'.repeat(32));
    const withA = { ...base, profile: { ...base.profile!, pupilHashes: a } };
    const same = resolvePack(withA, schoolPack({ profile: { school: { name: 'S' }, pupilHashes: b } }));
    expect(same.profile!.pupilHashes).toMatchObject({ salt: 'a'.repeat(32), names: [...a.names, ...b.names].sort() });
    const two = resolvePack(withA, schoolPack({ profile: { school: { name: 'S' }, pupilHashes: c } }));
    expect(two.profile!.pupilHashes).toEqual([a, c]);
  });
  it('3. private-term hashes: each layer\'s set kept (their salts differ)', () => {
    const use = { key: Buffer.alloc(32, 4).toString('base64') };
    const t1 = buildTermHashes([{ text: 'Project Heron', category: 'confidential' }], use), t2 = buildTermHashes([{ text: 'Operation Swan', category: 'confidential' }], use);
    const r2 = resolvePack({ ...base, profile: { ...base.profile!, termHashes: t1 } }, schoolPack({ profile: { school: { name: 'S' }, termHashes: t2 } }));
    expect(r2.profile!.termHashes).toEqual([t1, t2]);
  });
  it('4. categories merge per field, the school\'s field winning', () => {
    expect(r.categories!.commercial).toEqual({ enabled: true, severity: 'info' });
    expect(r.categories!.profanity!.message).toBe('Mind your language.');
  });
  it('5. a locked category cannot be loosened: not switched off, severity not lowered', () => {
    expect(r.categories!['pupil-details']).toEqual({ enabled: true, severity: 'high', locked: true });
    expect(r.categories!.profanity).toMatchObject({ severity: 'warn', locked: true });
    const tighter = resolvePack(base, schoolPack({ categories: { profanity: { severity: 'high' } } }));
    expect(tighter.categories!.profanity).toMatchObject({ severity: 'high', locked: true });
  });
  it('6. a locked pause takes the stricter of the two', () => {
    expect(r.pause).toEqual({ level: 'warn', locked: true });
    expect(resolvePack(base, schoolPack({ pause: { level: 'info' } })).pause).toEqual({ level: 'info', locked: true });
    const unlocked = { ...base, pause: { level: 'warn' as const } };
    expect(resolvePack(unlocked, schoolPack({ pause: { level: 'off' } })).pause).toEqual({ level: 'off' });
  });
});

describe('toRuntimePack', () => {
  it('lays the pack on the built-in one: a valid v1 pack the analyzer reads', () => {
    const rt = toRuntimePack(resolvePack(base, schoolPack()));
    expect(PackSchema.safeParse(rt).success).toBe(true);
    expect(rt.categories.commercial.enabled).toBe(false);
    expect(rt.categories.profanity.severity).toBe('high');
    expect(rt.categories.violence).toEqual(DEFAULT_PACK.categories.violence);
    expect(rt.rules).toBe(DEFAULT_PACK.rules);
    expect(rt.profile.terms!.map((t) => t.text)).toContain('Project Heron');
    expect(rt).toMatchObject({ publisher: "St Aidan's Primary School", pause: { level: 'warn' }, retentionDays: 30 });
  });
  it('a base pack alone: its publisher stands in for the school', () => {
    expect(toRuntimePack({ ...base, profile: undefined }).profile.school.name).toBe('North Leeds Trust');
  });
  it('fromV1 turns the built-in pack into a valid v2 pack', () => {
    expect(PackV2Schema.safeParse(fromV1(DEFAULT_PACK)).success).toBe(true);
  });
});

describe('expiry is identity, like issuedAt (issue 12, point 4)', () => {
  it('a school pack never inherits its base pack\'s expiresAt, and keeps its own', () => {
    const base = schoolPack({ id: 'trust:north-leeds', expiresAt: '2026-12-01T00:00:00Z' });
    expect(resolvePack(base, schoolPack())).not.toHaveProperty('expiresAt');
    expect(resolvePack(base, schoolPack({ expiresAt: '2027-08-31T00:00:00Z' })).expiresAt).toBe('2027-08-31T00:00:00Z');
  });
});
