import type { Pack } from '../../../rules/schema';

/**
 * The background's view of the accept pipeline (lib/rule-pack/accept.ts, helper
 * PACK): bytes in, a pack to put in force or a refusal naming the stage and why.
 * Injected into the updater so its tests need no keys and so that a change in the
 * core's signature touches only the wiring (./pipeline.ts).
 */
export interface TrustPolicy {
  /** base64 raw Ed25519 public keys. */
  trustedKeys: string[];
  allowUnsigned: boolean;
}

export interface AcceptContext extends TrustPolicy {
  inForce: Pack;
  /**
   * Also refuse a pack issued before the pack in force, whatever its id. False for the
   * bundled pack, and where a managed source replaces a file import (updater.ts).
   */
  checkIssuedAt: boolean;
  /** Managed policy's `packIds`. */
  pinnedIds?: string[];
  /** The highest version accepted per id on this device (seen-versions.ts). */
  highestSeen: Record<string, number>;
  now: number;
}

/** `pack`: what the analyzer and pages read; `document`: the pack as published (v2), kept for "what changed". */
export type Accepted = { ok: true; pack: Pack; document: unknown; version: number; publisher: string; keyId: string | null };
export type Refused = { ok: false; stage: string; reason: string; version?: number };
/** Set by the updater before the pipeline runs: a file import on a device whose policy sets a pack source. */
export const SOURCE_STAGE = 'source';
export type AcceptPack = (text: string, context: AcceptContext) => Promise<Accepted | Refused>;

/** Plain-word lines for the popup's change notice (lib/rule-pack/diff.ts). */
export type DescribeChanges = (previous: { pack: Pack; document?: unknown }, next: { pack: Pack; document?: unknown }) => string[];
