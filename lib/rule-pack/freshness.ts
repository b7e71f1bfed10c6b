import type { PackV2 } from '../../rules/schema';

/**
 * Whether an incoming pack may replace the one in force, as to its id, version and
 * dates (issue 12, point 4: a school's v1 replaced its v5 under another pack id, as
 * version order was only checked within one id and `issuedAt` never). Pure: the
 * caller says what it knows (lib/background/packs keeps the highest versions seen).
 */
export interface RollbackContext {
  /**
   * The pack in force. `issuedAt`, when given, must not be later than the incoming
   * pack's: a pack issued before the one in force is an old pack, whatever its id.
   * The caller leaves it out where that check does not apply (the bundled pack; a
   * file-imported pack that a managed source replaces, see the background's updater).
   */
  inForce?: { id: string; version: number; issuedAt?: string | undefined } | null;
  /** Managed policy's `packIds`: when set, a pack with any other id is refused. */
  pinnedIds?: readonly string[] | undefined;
  /** The highest version ever accepted per pack id on this device. */
  highestSeen?: Readonly<Record<string, number>> | undefined;
  /** ms since the epoch. */
  now: number;
}

/** Why `pack` may not replace the pack in force, or null when it may. */
export function rollbackProblem(pack: Pick<PackV2, 'id' | 'version' | 'issuedAt' | 'expiresAt'>, ctx: RollbackContext): string | null {
  const { inForce, pinnedIds, highestSeen, now } = ctx;
  if (pinnedIds?.length && !pinnedIds.includes(pack.id)) {
    return `pack id ${pack.id} is not one this school's policy accepts (packIds: ${pinnedIds.join(', ')})`;
  }
  if (pack.expiresAt) {
    const expires = Date.parse(pack.expiresAt);
    if (expires <= Date.parse(pack.issuedAt)) return `version ${pack.version} of ${pack.id} expires (${pack.expiresAt}) before it was issued (${pack.issuedAt})`;
    if (expires <= now) return `version ${pack.version} of ${pack.id} expired on ${pack.expiresAt}; ask leadership for a current pack`;
  }
  if (inForce && inForce.id === pack.id && pack.version <= inForce.version) {
    return `version ${pack.version} of ${pack.id} is not newer than version ${inForce.version} in force`;
  }
  const highest = highestSeen?.[pack.id];
  if (highest !== undefined && pack.version <= highest) {
    return `version ${pack.version} of ${pack.id} is not newer than version ${highest}, already accepted on this device`;
  }
  if (inForce?.issuedAt && Date.parse(pack.issuedAt) < Date.parse(inForce.issuedAt)) {
    return `${pack.id} version ${pack.version} was issued (${pack.issuedAt}) before the pack in force, ${inForce.id} version ${inForce.version} (${inForce.issuedAt}); an older pack cannot replace a newer one: re-issue it to go back`;
  }
  return null;
}

export type Expiry = { kind: 'none' } | { kind: 'valid' | 'expired'; at: string };

/**
 * A pack in force that passes its `expiresAt` STAYS in force, shown as expired
 * (popup, options page) until leadership sends a newer one: clearing a school's rules
 * would silently protect nothing (architecture.md, "a failed update keeps the last
 * pack that passed validation"). Expiry is about what may still be ACCEPTED: an old
 * signed pack replayed to this device (by a stale mirror, an old file, an attacker)
 * is refused once expired, which is the attack it exists to stop.
 */
export function expiryOf(pack: { expiresAt?: string | undefined }, now: number): Expiry {
  if (!pack.expiresAt) return { kind: 'none' };
  return { kind: Date.parse(pack.expiresAt) <= now ? 'expired' : 'valid', at: pack.expiresAt };
}
