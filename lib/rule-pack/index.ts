/**
 * Rule packs: what leadership writes once and every staff browser picks up
 * (issue 4). PURE: no DOM, no browser API but `globalThis.crypto`, no node:*,
 * so the extension's background, its pages and the CLI share it.
 *
 * The format (rules/schema.ts, `PackV2Schema`): `{ schemaVersion: 2, id,
 * version, issuedAt, publisher, extends?, profile?, policy?, categories?,
 * terms?, allowedTerms?, lexicons?, sites?, pause?, retentionDays?, examples?,
 * rules? }`. A pack on the wire is either that object (unsigned) or
 * `{ pack, signature: { alg: 'Ed25519', keyId, value } }` (signed).
 *
 * The pipeline, from leadership to the analyzer:
 *
 *   author   profile + CSV rosters (csv.ts) + policy text (policy-text.ts)
 *   build    pupils.ts: clear pupil names (and, when asked, terms) -> keyed hashes under the
 *            school's roster key (roster-key.ts), fresh salt each build; roster-leaks.ts refuses
 *            a pack whose clear text names a pupil
 *            layer.ts: resolvePack(base, school) when built on a council/trust pack
 *   sign     canonical.ts: canonical JSON bytes; sign.ts: Ed25519 (WebCrypto) -> SignedPack
 *   deliver  (lib/background: managed policy, pack URL, file import)
 *   accept   accept.ts: size -> JSON -> schema -> signature -> newer version -> own examples
 *   use      layer.ts toRuntimePack(pack): laid on the built-in pack -> the analyzer's `Pack`
 *   explain  diff.ts describeChanges(old, new): "Profanity: severity warn -> high"
 *
 * Older inputs still load: a v1 pack (schemaVersion 1, the runtime shape) and
 * a bare school profile (the analysis contract's); `fromV1` turns a v1 pack
 * into v2 for comparison.
 */
export { canonicalBytes, canonicalJson } from './canonical';
export { generateKeys, keyIdOf, publicKeyOf, signPack, toSigningKeys, verifySignedPack, SignedPackSchema, type ExportedKeys, type SignedPack, type SigningKeys, type VerifyResult } from './sign';
export {
  buildPupilHashes, buildTermHashes, hashName, hashPupilsInProfile, nameKey, newSalt, pupilHashSets, termHashSets, mergeHashSets,
  rosterStatus, type RosterKeyUse, type RosterStatus,
} from './pupils';
export { isRosterKey, newRosterKey, rosterKeyId, rosterKeyPolicySnippets, rosterKeysFromPolicy } from './roster-key';
export { findRosterNames } from './roster-leaks';
export { fromV1, resolvePack, stricterPause, toRuntimePack } from './layer';
export { acceptPack, MAX_PACK_BYTES, type AcceptOptions, type AcceptResult, type AcceptStage, type TrustPolicy } from './accept';
export { runPackExamples, runRuleExamples, describeFailure, type ExampleFailure } from './examples';
export { describeChanges, describeEffectiveChanges, categoryName } from './diff';
export { hmacKey, hmacSha256, hmacSha256Hex, sha256, sha256Hex } from '../hash/sha256';
