import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../lib/analyze/detectors';
import { CATEGORIES } from '../../rules/categories';
import { DEFAULT_PACK } from '../../rules/default-pack';
import { PackSchema, ProfileSchema, parseWith } from '../../rules/schema';

describe('default pack', () => {
  it('passes its own schema', () => {
    expect(parseWith(PackSchema, DEFAULT_PACK)).toMatchObject({ ok: true });
  });
  it('sets every contract category, pointing at sections the policy has', () => {
    const ids = new Set(DEFAULT_PACK.policy.sections.map((s) => s.id));
    for (const c of CATEGORIES) {
      const cat = DEFAULT_PACK.categories[c];
      expect(cat, c).toBeDefined();
      for (const s of cat!.sections) expect(ids, `${c} -> ${s}`).toContain(s);
    }
  });
  it('has at least one rule for every category, with unique ids', () => {
    const ids = DEFAULT_PACK.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CATEGORIES) expect(DEFAULT_PACK.rules.some((r) => r.category === c), c).toBe(true);
  });
  it('names only detectors that ship', () => {
    for (const r of DEFAULT_PACK.rules) expect(DETECTORS.has(r.detector), `${r.id} -> ${r.detector}`).toBe(true);
  });
});

describe('profile validation names the field and the problem', () => {
  it.each([
    [{ school: { name: '' } }, 'school.name: must not be empty'],
    [{ school: { name: 'X' }, staff: [{ name: 'A', role: 3 }] }, 'staff[0].role:'],
    [{ school: { name: 'X' }, pupil: ['A'] }, 'pupil: unknown field'],
    [{ staff: [] }, 'school: is required'],
    [{ school: { name: 'X' }, terms: [{ text: 'Y', category: 'gossip' }] }, 'terms[0].category:'],
  ])('%j', (profile, message) => {
    const r = parseWith(ProfileSchema, profile);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });
  it('accepts the contract example as is', () => {
    const r = parseWith(ProfileSchema, {
      school: { name: 'Christ Church School', aliases: ['CCS Hampstead'], places: ['Hampstead'], address: 'Christchurch Hill, London', postcode: 'NW3 1JH', website: 'christchurchschool.co.uk', handles: ['@ChristChurchNW3'] },
      staff: [{ name: 'Jane Example', role: 'Headteacher' }],
      pupils: ['Ann Example', 'Tom Sample'],
      terms: [{ text: 'Project Lantern', category: 'confidential' }],
    });
    expect(r.ok).toBe(true);
  });
});
