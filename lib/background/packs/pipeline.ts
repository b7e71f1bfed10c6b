import { acceptPack, describeChanges, fromV1 } from '../../rule-pack';
import type { PackV2 } from '../../../rules/schema';
import type { AcceptPack, DescribeChanges } from './accept';

/** The accept pipeline of lib/rule-pack, in the shape the updater takes (./accept.ts). */
export const acceptWithCore: AcceptPack = async (text, { inForce, trustedKeys, allowUnsigned }) => {
  const result = await acceptPack(text, { trust: { trustedKeys, allowUnsigned }, inForce: { id: inForce.id, version: inForce.version } });
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

/** "What changed" in plain words; a pack from before issue 4 (the bundled one) is compared as v2. */
export const describeWithCore: DescribeChanges = (previous, next) =>
  describeChanges((previous.document as PackV2 | undefined) ?? fromV1(previous.pack), (next.document as PackV2 | undefined) ?? fromV1(next.pack));
