import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacKey, hmacSha256Hex, sha256, sha256Hex, toHex } from '../../../lib/hash/sha256';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('NIST vector %j', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it('a million a (many blocks)', () => {
    expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on every length around the block edges, and on UTF-8', () => {
    for (let n = 0; n < 200; n++) {
      const s = 'Zoë O’Brien ✓ '.repeat(20).slice(0, n);
      expect(sha256Hex(s), `length ${n}`).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });

});

describe('hmac-sha256', () => {
  // RFC 4231 test cases 1, 2 and 6 (a key longer than a block is hashed first).
  it.each([
    ['0b'.repeat(20), 'Hi There', 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    [Buffer.from('Jefe').toString('hex'), 'what do ya want for nothing?', '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    ['aa'.repeat(131), 'Test Using Larger Than Block-Size Key - Hash Key First', '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
  ])('RFC 4231 key %s', (keyHex, data, mac) => {
    expect(hmacSha256Hex(hmacKey(Buffer.from(keyHex, 'hex')), data)).toBe(mac);
  });

  it('agrees with node:crypto for a 32-byte key on every message length around the block edges', () => {
    const key = Buffer.from('k3y'.repeat(11).slice(0, 32));
    const prepared = hmacKey(key);
    for (let n = 0; n < 200; n++) {
      const s = 'Zoë O’Brien ✓ '.repeat(20).slice(0, n);
      expect(hmacSha256Hex(prepared, s), `length ${n}`).toBe(createHmac('sha256', key).update(s, 'utf8').digest('hex'));
    }
  });
});
