import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/analyze/normalize';
import { canonicalJson } from '../../../lib/rule-pack/canonical';
import { buildPupilHashes, hashName, hashPupilsInProfile, nameForms, nameKey } from '../../../lib/rule-pack/pupils';
import { signPack, generateKeys } from '../../../lib/rule-pack/sign';
import { PackV2Schema } from '../../../rules/schema';
import { schoolPack } from './helpers';

const SALT = '0123456789abcdef0123456789abcdef';
const ROSTER = ["Zoë O'Brien", 'Harriet Cole', 'Anne-Marie Ṣàngó', 'Milo Fairbairn', 'Ivy Pearson', 'Ronan O’Neill'];

describe('name keys', () => {
  it('fold as the analyzer folds drafts', () => {
    expect(nameKey("Zoë O'Brien")).toBe("zoe o'brien");
    expect(nameKey('ZOE  O’BRIEN')).toBe("zoe o'brien");
    expect(nameKey('Anne-Marie Ṣàngó')).toBe('anne marie sango');
  });
  it('a name with an apostrophe is also known without it', () => {
    const f = nameForms("Zoë O'Brien");
    expect(f.full).toEqual(["zoe o'brien", 'zoe o brien']);
    expect(f.surname).toEqual(["o'brien", 'o brien']);
    expect(f.first).toEqual(['zoe']);
    expect(f.initial).toEqual(['zoe o']);
  });
});

describe('buildPupilHashes', () => {
  const set = buildPupilHashes(["Zoë O'Brien", 'Harriet Cole'], SALT);
  it('hashes the same name the same way whatever its spelling', () => {
    expect(set.names).toContain(hashName(SALT, nameKey("zoe o'brien")));
    expect(set.names).toContain(hashName(SALT, 'zoe o brien'));
    expect(set.first).toContain(hashName(SALT, 'harriet'));
    expect(set.names).toHaveLength(3);
  });
  it('is 32 hex digits, sorted, and another salt gives other hashes', () => {
    for (const h of set.names) expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect([...set.names].sort()).toEqual(set.names);
    const other = buildPupilHashes(["Zoë O'Brien"], 'f'.repeat(32));
    expect(other.names.some((h) => set.names.includes(h))).toBe(false);
  });
  it('a fresh salt each time by default', () => {
    expect(buildPupilHashes(['A B']).salt).not.toBe(buildPupilHashes(['A B']).salt);
  });
});

describe('a built pack holds no pupil name in clear', () => {
  it('neither the names nor their folded forms appear anywhere in its bytes, signed or not', async () => {
    const base = schoolPack();
    const pack = PackV2Schema.parse({ ...base, profile: hashPupilsInProfile({ ...base.profile!, pupils: ROSTER }) });
    expect(pack.profile!.pupils).toBeUndefined();
    const keys = await generateKeys();
    for (const text of [JSON.stringify(pack), canonicalJson(await signPack(pack, keys.privateKey))]) {
      const hay = text.toLowerCase();
      const folded = normalize(text).text;
      for (const name of ROSTER) {
        const forms = Object.values(nameForms(name)).flat();
        for (const needle of [name.toLowerCase(), nameKey(name), ...forms.filter((f) => f.length >= 4)]) {
          expect(hay, needle).not.toContain(needle);
          expect(folded, needle).not.toContain(needle);
        }
      }
    }
  });
});
