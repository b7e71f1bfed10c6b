import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/analyze/normalize';
import { canonicalJson } from '../../../lib/rule-pack/canonical';
import { createHmac } from 'node:crypto';
import { compileHashedNames } from '../../../lib/analyze/pupil-hashes';
import { tokenize } from '../../../lib/analyze/tokens';
import { buildLegacyPupilHashes, buildPupilHashes, hashName, hashPupilsInProfile, nameForms, nameKey, rosterStatus } from '../../../lib/rule-pack/pupils';
import { newRosterKey, rosterKeyId } from '../../../lib/rule-pack/roster-key';
import { signPack, generateKeys } from '../../../lib/rule-pack/sign';
import { PackV2Schema, PupilHashSetSchema } from '../../../rules/schema';
import { schoolPack } from './helpers';

const SALT = '0123456789abcdef0123456789abcdef';
const KEY = Buffer.alloc(32, 7).toString('base64');
const USE = { key: KEY };
const hmac = (salt: string, form: string, key = KEY) => createHmac('sha256', Buffer.from(key, 'base64')).update(`${salt}:${form}`).digest('hex').slice(0, 32);
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
  const set = buildPupilHashes(["Zoë O'Brien", 'Harriet Cole'], USE, SALT);
  it('is HMAC-SHA256(roster key, salt + ":" + form), cut to 16 bytes, whatever the spelling', () => {
    expect(set.names).toContain(hmac(SALT, nameKey("zoe o'brien")));
    expect(set.names).toContain(hmac(SALT, 'zoe o brien'));
    expect(set.first).toContain(hmac(SALT, 'harriet'));
    expect(set.names).toHaveLength(3);
    expect(set.count).toBe(2);
  });
  it('names its scheme and key by fingerprint, never the key itself unless asked', () => {
    expect(set).toMatchObject({ scheme: 'hmac-sha256', keyId: rosterKeyId(KEY) });
    expect(set.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(set)).not.toContain(KEY);
    expect(set.key).toBeUndefined();
    expect(buildPupilHashes(['A B'], { key: KEY, embed: true }, SALT).key).toBe(KEY);
    expect(PupilHashSetSchema.safeParse(set).success).toBe(true);
  });
  it('no legacy hash of any form is in a keyed set: a list of names tried with the salt finds nothing', () => {
    for (const g of ['names', 'first', 'initial', 'surname'] as const) {
      for (const form of ["zoe o'brien", 'zoe', 'harriet', 'cole', 'harriet c']) expect(set[g]).not.toContain(hashName(SALT, form));
    }
  });
  it('is 32 hex digits, sorted; another salt or another key gives other hashes', () => {
    for (const h of set.names) expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect([...set.names].sort()).toEqual(set.names);
    const otherSalt = buildPupilHashes(["Zoë O'Brien"], USE, 'f'.repeat(32));
    expect(otherSalt.names.some((h) => set.names.includes(h))).toBe(false);
    const otherKey = buildPupilHashes(["Zoë O'Brien"], { key: newRosterKey() }, SALT);
    expect(otherKey.names.some((h) => set.names.includes(h))).toBe(false);
  });
  it('a fresh salt each time by default', () => {
    expect(buildPupilHashes(['A B'], USE).salt).not.toBe(buildPupilHashes(['A B'], USE).salt);
  });
  it('a bad key is refused, not silently used', () => {
    expect(() => buildPupilHashes(['A B'], { key: 'short' })).toThrow(/32 bytes/);
  });
  it('the schema refuses a keyed set without keyId, and a key on a legacy set', () => {
    expect(PupilHashSetSchema.safeParse({ ...set, keyId: undefined }).success).toBe(false);
    expect(PupilHashSetSchema.safeParse({ ...buildLegacyPupilHashes(['A B'], SALT), key: KEY }).success).toBe(false);
  });
});

describe('matching a keyed set', () => {
  const toks = (s: string) => tokenize(normalize(s));
  const keyed = buildPupilHashes(['Harriet Cole'], USE, SALT);
  it('with the key from policy: matches', () => {
    expect(compileHashedNames([keyed], [KEY]).scan(toks('so proud of harriet cole')).map((m) => m.group)).toEqual(['full', 'surname']);
  });
  it('with the key inside the set: matches without policy', () => {
    expect(compileHashedNames([buildPupilHashes(['Harriet Cole'], { key: KEY, embed: true }, SALT)]).scan(toks('harriet cole')).map((m) => m.group)).toEqual(['full', 'surname']);
  });
  it('without its key, or with another key: matches nothing, and does not throw', () => {
    expect(compileHashedNames([keyed]).scan(toks('harriet cole'))).toEqual([]);
    expect(compileHashedNames([keyed], [newRosterKey(), 'not a key']).scan(toks('harriet cole'))).toEqual([]);
  });
  it('a legacy set still matches with no key (deployed packs keep working)', () => {
    expect(compileHashedNames([buildLegacyPupilHashes(['Harriet Cole'], SALT)]).scan(toks('harriet cole')).map((m) => m.group)).toEqual(['full', 'surname']);
  });
  it('rosterStatus tells legacy, embedded, keyed and missing apart', () => {
    const profile = (h: object) => ({ school: { name: 'S' }, pupilHashes: h as never });
    expect(rosterStatus(profile(keyed), [KEY])).toMatchObject({ keyed: 1, missing: 0 });
    expect(rosterStatus(profile(keyed), [])).toMatchObject({ keyed: 0, missing: 1 });
    expect(rosterStatus(profile(buildLegacyPupilHashes(['A B'], SALT)), [])).toMatchObject({ legacy: 1 });
    expect(rosterStatus(profile(buildPupilHashes(['A B'], { key: KEY, embed: true })), [])).toMatchObject({ embedded: 1, missing: 0 });
  });
});

describe('a built pack holds no pupil name in clear', () => {
  it('neither the names nor their folded forms appear anywhere in its bytes, signed or not', async () => {
    const base = schoolPack();
    const pack = PackV2Schema.parse({ ...base, profile: hashPupilsInProfile({ ...base.profile!, pupils: ROSTER }, USE) });
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
