import { DEFAULT_PACK } from '../rules/default-pack';
import type { Pack } from '../rules/schema';

/**
 * The rule pack whose policy and rules are in force on this device. Until
 * leadership can push packs (issue 4) that is the bundled one. It is async
 * already so the popup and policy page need not change when it reads storage.
 */
export async function getPackInForce(): Promise<Pack> {
  return DEFAULT_PACK;
}
