import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from '../../../lib/rule-pack/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('the same data in another key order gives the same bytes', () => {
    const a = { id: 'p', version: 2, profile: { school: { name: 'X', places: ['A'] } } };
    const b = { profile: { school: { places: ['A'], name: 'X' } }, version: 2, id: 'p' };
    expect(canonicalBytes(a)).toEqual(canonicalBytes(b));
  });
  it('keeps array order, drops undefined members, escapes as JSON does', () => {
    expect(canonicalJson({ a: [2, 1], u: undefined, s: 'é "q" \n' })).toBe('{"a":[2,1],"s":"é \\"q\\" \\n"}');
  });
  it('encodes UTF-8 and sorts keys by code unit', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"é":1}');
    expect([...canonicalBytes('é')]).toEqual([0x22, 0xc3, 0xa9, 0x22]);
  });
  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson(() => 1)).toThrow(/cannot encode/);
  });
});
