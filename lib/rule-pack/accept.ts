import { PackV2Schema, describeIssues, type Pack, type PackV2 } from '../../rules/schema';
import { describeFailure, runPackExamples, runRuleExamples } from './examples';
import { resolvePack, toRuntimePack } from './layer';
import { type RollbackContext, rollbackProblem } from './freshness';
import { verifySignedPack } from './sign';
import { AmbiguousJsonError, parseStrictJson } from './strict-json';

/**
 * The pipeline every incoming pack goes through, whatever brought it (managed
 * policy, pack URL, a file imported in the options page, the CLI). In order,
 * the first failure stops it with a stage and a reason a person can act on:
 *
 *   size -> json -> schema -> signature -> version -> examples
 *
 * `version` covers whatever makes a pack older than what this device already had:
 * an id the policy does not pin, an expired pack, a version at or below the one in
 * force or the highest seen for its id, an issue date before the pack in force's.
 *
 * A refused pack changes nothing: the caller keeps the pack in force.
 */
export type AcceptStage = 'size' | 'json' | 'schema' | 'signature' | 'version' | 'examples';
export type AcceptResult =
  | { ok: true; pack: PackV2; runtime: Pack; signed: boolean; keyId?: string }
  | { ok: false; stage: AcceptStage; reason: string };

export interface TrustPolicy {
  /** base64 raw Ed25519 public keys leadership trusts. */
  trustedKeys: readonly string[];
  /** Accept packs without a signature (leadership's policy must say so). */
  allowUnsigned?: boolean;
}

export interface AcceptOptions {
  trust: TrustPolicy;
  /**
   * The pack in force: a pack with the same id must have a higher version, and (when
   * `issuedAt` is given) a later issue date whatever its id (./freshness.ts).
   */
  inForce?: RollbackContext['inForce'];
  /** Managed policy's `packIds`: a pack with another id is refused. */
  pinnedIds?: readonly string[];
  /** The highest version accepted per pack id on this device: at or below it is refused. */
  highestSeen?: Readonly<Record<string, number>>;
  /** ms since the epoch, for `expiresAt`; default Date.now(). */
  now?: number;
  /** Bytes; default MAX_PACK_BYTES. */
  maxBytes?: number;
  /** A base pack the incoming one is laid on (resolvePack) before its examples run. */
  base?: PackV2;
  /** The bottom layer (toRuntimePack); default the built-in pack. */
  builtIn?: Pack;
  /** Roster keys from managed policy, for the keyed pupil hashes the examples run against (issue 12). */
  rosterKeys?: readonly string[];
}

export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export async function acceptPack(input: string | Uint8Array | object, opts: AcceptOptions): Promise<AcceptResult> {
  const fail = (stage: AcceptStage, reason: string): AcceptResult => ({ ok: false, stage, reason });
  const max = opts.maxBytes ?? MAX_PACK_BYTES;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input).length : input instanceof Uint8Array ? input.length : JSON.stringify(input).length;
  if (bytes > max) return fail('size', `the pack is ${bytes} bytes, more than the ${max} allowed`);

  let data: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    try {
      const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
      // Duplicate and __proto__ keys refused here, before the signature is checked (./strict-json.ts).
      data = parseStrictJson(text);
    } catch (e) {
      if (e instanceof AmbiguousJsonError) return fail('json', `refused before checking the signature: ${e.message}`);
      return fail('json', `not valid JSON: ${(e as Error).message}`);
    }
  }

  const signed = typeof data === 'object' && data !== null && 'signature' in data && 'pack' in data;
  const inner = signed ? (data as { pack: unknown }).pack : data;
  const parsed = PackV2Schema.safeParse(inner);
  if (!parsed.success) return fail('schema', describeIssues(parsed.error).join('; '));
  let pack = parsed.data;

  let keyId: string | undefined;
  const { trustedKeys, allowUnsigned = false } = opts.trust;
  // A policy that allows unsigned packs and trusts no key has nothing to check a
  // signature against: a signed pack then counts as unsigned (signed: false).
  if (signed && (trustedKeys.length || !allowUnsigned)) {
    const v = await verifySignedPack(data, trustedKeys);
    if (!v.ok) return fail('signature', v.reason);
    pack = v.pack;
    keyId = v.keyId;
  } else if (!signed && !allowUnsigned) {
    return fail('signature', 'the pack is not signed, and the policy accepts only signed packs');
  }

  // Id, version and dates: no rollback to an older pack, under its own id or another (./freshness.ts).
  const rollback = rollbackProblem(pack, {
    inForce: opts.inForce, pinnedIds: opts.pinnedIds, highestSeen: opts.highestSeen, now: opts.now ?? Date.now(),
  });
  if (rollback) return fail('version', rollback);

  let runtime: Pack;
  try {
    runtime = toRuntimePack(opts.base ? resolvePack(opts.base, pack) : pack, opts.builtIn);
    const keys = opts.rosterKeys ?? [];
    const failures = [...runPackExamples(runtime, keys), ...(pack.rules ? runRuleExamples(runtime, keys) : [])];
    if (failures.length) {
      const more = failures.length > 3 ? ` (and ${failures.length - 3} more)` : '';
      return fail('examples', `${failures.length} of the pack's own examples fail: ${failures.slice(0, 3).map(describeFailure).join('; ')}${more}`);
    }
  } catch (e) {
    return fail('examples', `the pack could not be compiled: ${(e as Error).message}`);
  }
  return { ok: true, pack, runtime, signed: keyId !== undefined, ...(keyId ? { keyId } : {}) };
}
