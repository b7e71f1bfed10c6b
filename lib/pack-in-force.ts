import { browser } from 'wxt/browser';
import { DEFAULT_PACK } from '../rules/default-pack';
import type { Pack } from '../rules/schema';
import { readManagedPolicy, type ManagedArea } from './background/packs/policy';
import { withLockedCategories } from './locked-categories';
import { managedArea } from './managed-via-background';
import { packInForceItem, type StoredPack } from './storage';

/**
 * The rule pack whose policy and rules are in force on this device: the last one
 * leadership pushed that passed the accept pipeline (lib/background/packs), else
 * the bundled one. A failed update never clears it (architecture: "a failed update
 * keeps the last pack that passed validation, then the bundled one"). The managed
 * policy's locked categories are switched on in it (./locked-categories.ts), here,
 * where every reader (content script, pages, background) gets the pack. A content
 * script passes `managedViaBackground` (lib/managed-via-background.ts): it must not
 * read storage.managed itself. Others read storage.managed, or the background's copy when
 * it does not answer in time (`managedArea`): the records queue waits on this.
 */
export async function getPackInForce(managed: ManagedArea | undefined = managedArea()): Promise<Pack> {
  const [stored, policy] = await Promise.all([packInForceItem.getValue(), readManagedPolicy(managed)]);
  return withLockedCategories(packOf(stored), policy.lockedCategories);
}

/**
 * Calls `onChange` with the new pack in force whenever the background accepts one or
 * leadership's policy changes (its locked categories), until `signal` aborts.
 */
export function watchPackInForce(onChange: (pack: Pack) => void, signal: AbortSignal, managed?: ManagedArea): void {
  if (signal.aborted) return;
  // Reads are async: only the latest change's result is handed on.
  let latest = 0;
  const reread = () => {
    const mine = ++latest;
    void getPackInForce(managed ?? managedArea()).then((pack) => mine === latest && !signal.aborted && onChange(pack));
  };
  const unwatch = packInForceItem.watch(reread);
  const onManaged = (_changes: unknown, area: string) => area === 'managed' && reread();
  browser.storage.onChanged.addListener(onManaged);
  signal.addEventListener('abort', () => {
    unwatch();
    browser.storage.onChanged.removeListener(onManaged);
  }, { once: true });
}

function packOf(stored: StoredPack | null): Pack {
  return stored?.pack ?? DEFAULT_PACK;
}
