/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous. The analyzer matches
 * hashed pupil names inside its synchronous pass, and WebCrypto's digest is
 * async only; a dependency for 60 lines was not worth it. Tested against the
 * NIST vectors in tests/unit/hash/sha256.test.ts.
 */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Uint32Array(64);

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** One 64-byte block at `off` of `view` folded into the state `h`. */
function compress(h: Uint32Array, view: DataView, off: number): void {
  for (let t = 0; t < 16; t++) W[t] = view.getUint32(off + t * 4);
  for (let t = 16; t < 64; t++) {
    const a = W[t - 15]!, b = W[t - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, k = h[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + b) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0; h[5] = (h[5]! + f) | 0; h[6] = (h[6]! + g) | 0; h[7] = (h[7]! + k) | 0;
}

/**
 * Finishes a hash whose first `before` bytes (a multiple of 64) are already
 * folded into `state` (copied, not changed): HMAC's padded keys are one block
 * each, so a prepared key hashes a short message in two compressions, not four.
 */
function finish(state: ArrayLike<number>, before: number, data: Uint8Array): Uint8Array {
  const h = Uint32Array.from(state);
  // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number.
  const blocks = Math.ceil((data.length + 9) / 64);
  const buf = new Uint8Array(blocks * 64);
  buf.set(data);
  buf[data.length] = 0x80;
  const view = new DataView(buf.buffer);
  const bits = (before + data.length) * 8;
  view.setUint32(buf.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(buf.length - 4, bits >>> 0);
  for (let off = 0; off < buf.length; off += 64) compress(h, view, off);
  const out = new Uint8Array(32);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setUint32(i * 4, h[i]!);
  return out;
}

export function sha256(data: Uint8Array): Uint8Array {
  return finish(IV, 0, data);
}

/** A key made ready for HMAC-SHA256 (RFC 2104): the states after its inner and outer padded blocks. */
export interface HmacKey {
  readonly inner: Uint32Array;
  readonly outer: Uint32Array;
}

export function hmacKey(key: Uint8Array): HmacKey {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? sha256(key) : key);
  const pad = (x: number) => {
    const block = k.map((b) => b ^ x);
    const h = Uint32Array.from(IV);
    compress(h, new DataView(block.buffer), 0);
    return h;
  };
  return { inner: pad(0x36), outer: pad(0x5c) };
}

export function hmacSha256(key: HmacKey, data: Uint8Array): Uint8Array {
  return finish(key.outer, 64, finish(key.inner, 64, data));
}

const encoder = new TextEncoder();

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}

/** Hex HMAC-SHA256 of a string's UTF-8 bytes. */
export function hmacSha256Hex(key: HmacKey, text: string): string {
  return toHex(hmacSha256(key, encoder.encode(text)));
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return toHex(sha256(encoder.encode(text)));
}
