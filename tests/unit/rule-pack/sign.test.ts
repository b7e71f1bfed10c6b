import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/rule-pack/canonical';
import { generateKeys, keyIdOf, publicKeyOf, signPack, verifySignedPack, type ExportedKeys, type SignedPack } from '../../../lib/rule-pack/sign';
import { schoolPack } from './helpers';

let keys: ExportedKeys;
let other: ExportedKeys;
let signed: SignedPack;
beforeAll(async () => {
  [keys, other] = await Promise.all([generateKeys(), generateKeys()]);
  signed = await signPack(schoolPack(), keys.privateKey);
});

describe('keys', () => {
  it('exports a 32-byte raw public key and a PKCS8 private key, base64', () => {
    expect(Buffer.from(keys.publicKey, 'base64')).toHaveLength(32);
    expect(Buffer.from(keys.privateKey, 'base64')[0]).toBe(0x30); // DER SEQUENCE
  });
  it('keyId is the first 16 hex digits of SHA-256 of the raw public key', () => {
    const want = createHash('sha256').update(Buffer.from(keys.publicKey, 'base64')).digest('hex').slice(0, 16);
    expect(keys.keyId).toBe(want);
    expect(keyIdOf(keys.publicKey)).toBe(want);
  });
  it('the public key can be recovered from the private key', async () => {
    expect(await publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
  });
});

describe('signPack / verifySignedPack', () => {
  it('a signed pack verifies with its key, and names the key', async () => {
    expect(signed.signature).toMatchObject({ alg: 'Ed25519', keyId: keys.keyId });
    const r = await verifySignedPack(JSON.parse(JSON.stringify(signed)), [other.publicKey, keys.publicKey]);
    expect(r).toMatchObject({ ok: true, keyId: keys.keyId, pack: { id: 'school:st-aidans-leeds' } });
  });
  it('whitespace and key order are not part of what is signed', async () => {
    const pretty = JSON.parse(JSON.stringify(signed, null, 2));
    expect((await verifySignedPack(pretty, [keys.publicKey])).ok).toBe(true);
  });
  it('an untrusted key is refused, saying which key signed', async () => {
    const r = await verifySignedPack(signed, [other.publicKey]);
    expect(r).toEqual({ ok: false, reason: expect.stringContaining(keys.keyId) });
  });
  it('a changed pack is refused', async () => {
    const changed = structuredClone(signed);
    changed.pack.version = 3;
    expect(await verifySignedPack(changed, [keys.publicKey])).toEqual({ ok: false, reason: expect.stringMatching(/does not match/) });
  });
  it('not an envelope: says so', async () => {
    expect(await verifySignedPack({ pack: {} }, [keys.publicKey])).toEqual({ ok: false, reason: expect.stringMatching(/signature/) });
  });

  it('a signature written in another base64 spelling of the same bytes is refused (spare bits of the last character)', async () => {
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const v = signed.signature.value;
    const last = v.replace(/=+$/, '').length - 1;
    const other = ALPHABET[ALPHABET.indexOf(v[last]!) ^ 1]!; // differs only in bits atob ignores
    const respelt = { ...signed, signature: { ...signed.signature, value: v.slice(0, last) + other + v.slice(last + 1) } };
    expect(Buffer.from(respelt.signature.value, 'base64')).toEqual(Buffer.from(v, 'base64'));
    expect((await verifySignedPack(respelt, [keys.publicKey])).ok).toBe(false);
  });

  // Changing any byte of the signed file must be caught: every position, two different changes each.
  it('tampering with any byte of a signed pack fails verification', async () => {
    const bytes = new TextEncoder().encode(canonicalJson(signed));
    const decoder = new TextDecoder();
    let checked = 0;
    for (let pos = 0; pos < bytes.length; pos++) {
      for (const flip of [0x01, 0x20]) {
        const t = bytes.slice();
        t[pos] = t[pos]! ^ flip;
        let data: unknown;
        try {
          data = JSON.parse(decoder.decode(t));
        } catch {
          continue; // no longer JSON: refused before any signature check
        }
        const r = await verifySignedPack(data, [keys.publicKey]);
        expect(r.ok, `byte ${pos} ^ ${flip}: ${decoder.decode(t).slice(Math.max(0, pos - 20), pos + 20)}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(bytes.length / 2);
  }, 120_000);
});
