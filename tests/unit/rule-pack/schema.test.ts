import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { PackSchema, PackV2Schema, ProfileSchema, parseWith } from '../../../rules/schema';
import { schoolPack } from './helpers';

describe('pack schemas', () => {
  it('a v1 pack and a bare contract profile still load', () => {
    expect(parseWith(PackSchema, DEFAULT_PACK).ok).toBe(true);
    const profile = JSON.parse(readFileSync(new URL('../../fixtures/profile-st-aidans.json', import.meta.url), 'utf8'));
    expect(parseWith(ProfileSchema, profile).ok).toBe(true);
  });
  it('a v2 pack loads; the contract profile inside it is accepted as-is', () => {
    expect(parseWith(PackV2Schema, schoolPack())).toMatchObject({ ok: true });
  });
  it.each([
    [{ version: 1.5 }, /^version: /],
    [{ id: 'School X' }, /^id: must be lowercase/],
    [{ issuedAt: 'yesterday' }, /^issuedAt: /],
    [{ publisher: { name: '' } }, /^publisher\.name: must not be empty/],
    [{ categories: { profanity: { severity: 'loud' } } }, /^categories\.profanity\.severity: /],
    [{ categories: { swearing: {} } }, /^categories\.swearing: /],
    [{ pause: { level: 'sometimes' } }, /^pause\.level: /],
    [{ examples: [{ text: 'x', expect: ['nope'] }] }, /^examples\[0\]\.expect\[0\]: /],
    [{ profile: { school: { name: 'S' }, pupil: ['A'] } }, /^profile\.pupil: unknown field/],
    [{ profile: { school: { name: 'S' }, pupilHashes: { salt: 'zz', names: [] } } }, /^profile\.pupilHashes/],
    [{ sites: { of: [] } }, /^sites\.of: unknown field/],
  ])('errors name the field: %j', (change, message) => {
    const r = parseWith(PackV2Schema, { ...schoolPack(), ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(new RegExp(message.source, 'm'));
  });
  it('a missing required field says it is required', () => {
    const { publisher: _p, ...rest } = schoolPack();
    expect(parseWith(PackV2Schema, rest)).toEqual({ ok: false, errors: ['publisher: is required'] });
  });
});
