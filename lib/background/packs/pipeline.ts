import { acceptPack, describeEffectiveChanges } from '../../rule-pack';
import type { PackV2 } from '../../../rules/schema';
import type { AcceptPack, DescribeChanges } from './accept';
import { readRosterKeys } from '../../roster-keys';

/**
 * The accept pipeline of lib/rule-pack, in the shape the updater takes (./accept.ts).
 * The pack's examples run with the roster key managed policy gives (issue 12).
 */
export const acceptWithCore: AcceptPack = async (text, { inForce, trustedKeys, allowUnsigned, checkIssuedAt, pinnedIds, highestSeen, now }) => {
  const rosterKeys = await readRosterKeys();
  const result = await acceptPack(text, {
    trust: { trustedKeys, allowUnsigned },
    inForce: { id: inForce.id, version: inForce.version, ...(checkIssuedAt && inForce.issuedAt ? { issuedAt: inForce.issuedAt } : {}) },
    ...(pinnedIds ? { pinnedIds } : {}),
    highestSeen,
    now,
    rosterKeys,
  });
  if (!result.ok) return { ok: false, stage: result.stage, reason: result.reason };
  return {
    ok: true,
    pack: result.runtime,
    document: result.pack,
    version: result.pack.version,
    publisher: result.pack.publisher.name,
    keyId: result.keyId ?? null,
  };
};

/**
 * "What changed" for staff: both packs laid on the built-in one first, so a setting
 * the new pack leaves to the built-in pack is not listed. The bundled pack (no
 * published document) is the built-in one: null.
 */
export const describeWithCore: DescribeChanges = (previous, next) =>
  describeEffectiveChanges((previous.document as PackV2 | undefined) ?? null, next.document as PackV2);
