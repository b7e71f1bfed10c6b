import { beforeAll, describe, expect, it } from 'vitest';
import { acceptPack } from '../../../lib/rule-pack/accept';
import { canonicalJson } from '../../../lib/rule-pack/canonical';
import { generateKeys, signPack, verifySignedPack, type ExportedKeys } from '../../../lib/rule-pack/sign';
import { keyProblem, parseStrictJson } from '../../../lib/rule-pack/strict-json';
import { schoolPack } from './helpers';

describe('parseStrictJson (issue 12, point 12)', () => {
  it('reads plain JSON as JSON.parse does, BOM and all', () => {
    const text = '\uFEFF{"a":[1,{"b":"x,\\"y\\":{"}],"c":{"a":1},"d":"}"}';
    expect(parseStrictJson(text)).toEqual(JSON.parse(text.slice(1)));
  });
  it.each([
    ['{"a":1,"a":2}', /"a" appears twice in the top level/],
    ['{"a":1,"\\u0061":2}', /"a" appears twice/],
    ['{"p":{"x":[{"k":1,"k":1}]}}', /"k" appears twice in p\.x\[0\]/],
    ['[{"q":1},{"r":2,"r":3}]', /"r" appears twice in \[1\]/],
    ['{"__proto__":{"polluted":true}}', /"__proto__" \(in the top level\) is not allowed/],
    ['{"l":{"x":{"__proto__":1}}}', /"__proto__" \(in l\.x\)/],
  ])('refuses %s', (text, reason) => {
    expect(() => parseStrictJson(text)).toThrow(reason);
  });
  it('the same key in different objects, or as a value, is fine', () => {
    expect(keyProblem('{"a":{"a":1},"b":[{"a":1},{"a":2}],"c":"a","d":["__proto__"]}')).toBeNull();
  });
  it('still says why JSON is invalid', () => {
    expect(() => parseStrictJson('{"a":')).toThrow(SyntaxError);
  });
});

describe('a signed pack whose text reads two ways is refused before its signature is checked', () => {
  let keys: ExportedKeys;
  let signedText: string;
  beforeAll(async () => {
    keys = await generateKeys();
    signedText = canonicalJson(await signPack(schoolPack(), keys.privateKey));
  });
  const trust = () => ({ trustedKeys: [keys.publicKey] });

  it('a duplicate key slipped in front of the signed one', async () => {
    // The attack: "version":99 first, the signed "version":2 last. JSON.parse keeps the
    // last, so the signature still verifies, while a person or tool reading the first sees 99.
    const twoWays = signedText.replace('"version":2', '"version":99,"version":2');
    expect(await verifySignedPack(JSON.parse(twoWays), [keys.publicKey])).toMatchObject({ ok: true });
    const r = await acceptPack(twoWays, { trust: trust() });
    expect(r).toMatchObject({ ok: false, stage: 'json', reason: expect.stringMatching(/"version" appears twice in pack/) });
  });
  it('a __proto__ key', async () => {
    const proto = signedText.replace('"pack":{', '"pack":{"__proto__":{"allowUnsigned":true},');
    const r = await acceptPack(proto, { trust: trust() });
    expect(r).toMatchObject({ ok: false, stage: 'json', reason: expect.stringMatching(/"__proto__" \(in pack\) is not allowed/) });
  });
  it('the untouched text is still accepted', async () => {
    expect(await acceptPack(signedText, { trust: trust() })).toMatchObject({ ok: true });
  });
  it('canonical JSON never signs or verifies an own __proto__', () => {
    expect(() => canonicalJson(JSON.parse('{"__proto__":1}'))).toThrow(/__proto__/);
  });
});
