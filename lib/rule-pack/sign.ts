import { z } from 'zod';
import { PackV2Schema, describeIssues, type PackV2 } from '../../rules/schema';
import { canonicalBytes } from './canonical';
import { sha256, toHex } from '../hash/sha256';

/**
 * Ed25519 signatures over the canonical JSON of a v2 pack, with WebCrypto
 * (`globalThis.crypto.subtle`: Node 20, Chromium and Firefox extension pages
 * and workers; NOT a content script on a plain-http page, see toolchain notes).
 * Keys travel as base64: the public key raw (32 bytes), the private key PKCS8.
 */
export interface ExportedKeys {
  /** base64 of the raw 32-byte public key: what leadership's policy trusts. */
  publicKey: string;
  /** base64 PKCS8: keep it secret. */
  privateKey: string;
  keyId: string;
}

export const SignatureSchema = z.strictObject({
  alg: z.literal('Ed25519'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
});

/** A signed pack: the pack as JSON, and the signature over its canonical form. */
export const SignedPackSchema = z.strictObject({ pack: z.unknown(), signature: SignatureSchema });
export interface SignedPack {
  pack: PackV2;
  signature: z.infer<typeof SignatureSchema>;
}

export type VerifyResult = { ok: true; pack: PackV2; keyId: string } | { ok: false; reason: string };

const ALG = { name: 'Ed25519' } as const;
const subtle = () => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return s;
};

export const toBase64 = (bytes: Uint8Array): string => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};
export const fromBase64 = (b64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(b64.trim()), (c) => c.charCodeAt(0));

/**
 * Strict: atob ignores the spare bits of the last character, so `...Q==` and
 * `...R==` decode alike; a signature written any other way than its canonical
 * base64 is refused, so that changing any byte of a signed pack is caught.
 */
function strictBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(b64);
  if (toBase64(bytes) !== b64) throw new Error('not canonical base64');
  return bytes;
}

/** First 16 hex digits of SHA-256 of the raw public key: names a key without showing it whole. */
export function keyIdOf(publicKey: string): string {
  return toHex(sha256(fromBase64(publicKey))).slice(0, 16);
}

export async function generateKeys(): Promise<ExportedKeys> {
  const pair = (await subtle().generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await subtle().exportKey('raw', pair.publicKey)));
  const privateKey = toBase64(new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)));
  return { publicKey, privateKey, keyId: keyIdOf(publicKey) };
}

/** The public key (base64 raw) of a PKCS8 private key: its JWK export carries it as `x`. */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const key = await subtle().importKey('pkcs8', fromBase64(privateKey), ALG, true, ['sign']);
  const jwk = await subtle().exportKey('jwk', key);
  const x = (jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/');
  return toBase64(fromBase64(x + '='.repeat((4 - (x.length % 4)) % 4)));
}

/**
 * Keys as the authoring page keeps them (lib/author-storage.ts): the private key a
 * NON-extractable CryptoKey, which can sign but whose bytes no script can read back.
 */
export interface SigningKeys {
  publicKey: string;
  keyId: string;
  privateKey: CryptoKey;
}

/** The keys with the private key made non-extractable; the public key and id derived again, not trusted. */
export async function toSigningKeys(privateKey: string): Promise<SigningKeys> {
  const publicKey = await publicKeyOf(privateKey);
  const key = await subtle().importKey('pkcs8', fromBase64(privateKey), ALG, false, ['sign']);
  return { publicKey, keyId: keyIdOf(publicKey), privateKey: key };
}

/** Signs with a PKCS8 private key (base64, as the CLI and tests hold it) or with kept SigningKeys. */
export async function signPack(pack: PackV2, privateKey: string | SigningKeys): Promise<SignedPack> {
  const keys = typeof privateKey === 'string' ? await toSigningKeys(privateKey) : privateKey;
  const sig = new Uint8Array(await subtle().sign(ALG, keys.privateKey, canonicalBytes(pack)));
  return { pack, signature: { alg: 'Ed25519', keyId: keys.keyId, value: toBase64(sig) } };
}

/**
 * Checks the envelope, then the signature against the trusted key with the
 * signature's keyId, then the pack's schema. Never throws: every failure is a reason.
 */
export async function verifySignedPack(signed: unknown, trustedPublicKeys: readonly string[]): Promise<VerifyResult> {
  const env = SignedPackSchema.safeParse(signed);
  if (!env.success) return { ok: false, reason: `not a signed pack: ${describeIssues(env.error).join('; ')}` };
  const { signature } = env.data;
  const trusted = trustedPublicKeys.find((k) => safeKeyId(k) === signature.keyId);
  if (!trusted) return { ok: false, reason: `signed by key ${signature.keyId}, which is not a trusted key` };
  let valid = false;
  try {
    const key = await subtle().importKey('raw', fromBase64(trusted), ALG, false, ['verify']);
    valid = await subtle().verify(ALG, key, strictBase64(signature.value), canonicalBytes(env.data.pack));
  } catch (e) {
    return { ok: false, reason: `signature could not be checked: ${(e as Error).message}` };
  }
  if (!valid) return { ok: false, reason: 'signature does not match the pack: it was changed after signing, or signed with another key' };
  const pack = PackV2Schema.safeParse(env.data.pack);
  if (!pack.success) return { ok: false, reason: `signed pack is invalid: ${describeIssues(pack.error).join('; ')}` };
  return { ok: true, pack: pack.data, keyId: signature.keyId };
}

function safeKeyId(k: string): string | undefined {
  try {
    return keyIdOf(k);
  } catch {
    return undefined;
  }
}
