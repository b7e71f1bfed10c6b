/**
 * The id IT sees for a trusted key: the first 16 hex digits of SHA-256 of the raw
 * 32-byte Ed25519 public key (the same id lib/rule-pack/sign.ts puts in a signature).
 * A key that isn't base64 of 32 bytes is shown as such rather than hidden.
 */
export async function keyIdOf(publicKeyBase64: string): Promise<string> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = Uint8Array.from(atob(publicKeyBase64.trim()), (c) => c.charCodeAt(0));
  } catch {
    return `not base64: ${publicKeyBase64.slice(0, 12)}…`;
  }
  if (raw.length !== 32) return `not an Ed25519 key (${raw.length} bytes)`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
