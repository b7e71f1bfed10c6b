import { fromBase64, keyIdOf } from '../../lib/rule-pack/sign';

/**
 * The id IT sees for a trusted key (lib/rule-pack/sign.ts keyIdOf: first 16 hex
 * digits of SHA-256 of the raw key). A key that isn't base64 of 32 bytes is shown
 * as such: a mistyped key in a policy is exactly what diagnostics must reveal.
 */
export function describeKeyId(publicKeyBase64: string): string {
  let length: number;
  try {
    length = fromBase64(publicKeyBase64).length;
  } catch {
    return `not base64: ${publicKeyBase64.slice(0, 12)}…`;
  }
  return length === 32 ? keyIdOf(publicKeyBase64) : `not an Ed25519 key (${length} bytes)`;
}
