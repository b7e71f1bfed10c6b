import { DEFAULT_PACK } from '../rules/default-pack';
import type { Pack } from '../rules/schema';
import { packInForceItem, type StoredPack } from './storage';

/**
 * The rule pack whose policy and rules are in force on this device: the last one
 * leadership pushed that passed the accept pipeline (lib/background/packs), else
 * the bundled one. A failed update never clears it (architecture: "a failed update
 * keeps the last pack that passed validation, then the bundled one").
 */
export async function getPackInForce(): Promise<Pack> {
  return packOf(await packInForceItem.getValue());
}

/** Calls `onChange` with the new pack in force whenever the background accepts one, until `signal` aborts. */
export function watchPackInForce(onChange: (pack: Pack) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const unwatch = packInForceItem.watch((stored) => onChange(packOf(stored)));
  signal.addEventListener('abort', unwatch, { once: true });
}

function packOf(stored: StoredPack | null): Pack {
  return stored?.pack ?? DEFAULT_PACK;
}
