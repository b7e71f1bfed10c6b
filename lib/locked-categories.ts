import { CATEGORIES, type Category } from '../rules/categories';
import type { Pack } from '../rules/schema';

/**
 * Managed policy's `lockedCategories` ("categories staff may not switch off",
 * public/managed_schema.json), honoured (issue 12, point 10).
 *
 * Staff have no switch for a category on the device: only the pack in force turns
 * one off. So the lock is read as leadership's floor for this device, the same rule
 * a base pack's `locked` sets for the school packs laid on it (lib/rule-pack/layer.ts:
 * "can be tightened, not switched off"): a locked category is checked whatever the
 * pack in force says, with that pack's severity, message and sections. The policy is
 * the outer layer: a pack can come from places the policy does not control (a pack
 * URL typed on the device before the policy arrived, a trust's base pack, the bundled
 * pack), and where the school's own pack disagrees with its own policy, the stricter
 * reading keeps pupils safe. Ids that are not categories are ignored.
 */
export function lockedCategoryIds(locked: readonly string[] | undefined): Category[] {
  return CATEGORIES.filter((c) => locked?.includes(c));
}

/** `pack` with every locked category switched on; the same object when nothing changes. */
export function withLockedCategories(pack: Pack, locked: readonly string[] | undefined): Pack {
  const off = lockedCategoryIds(locked).filter((c) => pack.categories[c] && !pack.categories[c].enabled);
  if (!off.length) return pack;
  const categories = { ...pack.categories };
  for (const c of off) categories[c] = { ...categories[c], enabled: true };
  return { ...pack, categories };
}
