import { rosterKeyId } from '../analyze/pupil-hashes';

/**
 * The school's roster key (issue 12): 32 random bytes, base64, that key the
 * hashes of pupil names and private terms in its packs
 * (lib/rule-pack/pupils.ts). It is made once on the authoring page (or by
 * `postguard pack key`) and kept with the authoring draft; it reaches staff
 * browsers by managed policy (`rosterKey`), never through the pack unless a pack
 * is built to carry it. Pure: the managed-storage reader is lib/roster-keys.ts.
 */
export { rosterKeyId };

export function newRosterKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes));
}

export const isRosterKey = (s: unknown): s is string => typeof s === 'string' && rosterKeyId(s) !== '';

/** The roster keys in managed-policy values (`rosterKey`), well-formed ones only (Firefox does not validate policy). */
export function rosterKeysFromPolicy(values: Record<string, unknown> | null | undefined): string[] {
  const v = values?.rosterKey;
  return isRosterKey(v) ? [v.trim()] : [];
}

/** The managed-policy snippets that give staff browsers the key, for IT (Chromium JSON policy; Firefox policies.json). */
export function rosterKeyPolicySnippets(key: string, ids: { chromium?: string; gecko: string }): { chromium: string; firefox: string } {
  const values = { rosterKey: key };
  const chromium = { '3rdparty': { extensions: { [ids.chromium ?? '<extension id>']: values } } };
  const firefox = { policies: { '3rdparty': { Extensions: { [ids.gecko]: values } } } };
  return { chromium: JSON.stringify(chromium, null, 2), firefox: JSON.stringify(firefox, null, 2) };
}
