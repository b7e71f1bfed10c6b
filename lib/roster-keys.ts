import { browser } from 'wxt/browser';
import { managedArea } from './managed-via-background';
import { rosterKeysFromPolicy } from './rule-pack/roster-key';

/**
 * The roster keys managed policy gives this browser (issue 12), for every place
 * that compiles a pack: the content script (lib/compose/run.ts), the extension
 * pages, the background's accept pipeline. Not under lib/background because all
 * of those import it. Keys are what `rosterKey` holds in managed storage.
 */
export interface ManagedReadable {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/** [] when no policy sets a key, or storage.managed is missing or throws (Firefox: "Managed storage manifest not found"). */
export async function readRosterKeys(area: ManagedReadable | undefined = managedArea()): Promise<string[]> {
  try {
    return rosterKeysFromPolicy((await area?.get(null)) ?? {});
  } catch {
    return [];
  }
}

/** Calls `onChange` with the keys whenever managed policy changes (Chromium applies edits without restart), until `signal` aborts. */
export function watchRosterKeys(onChange: (keys: string[]) => void, signal: AbortSignal, area?: ManagedReadable): void {
  const onChanged = browser?.storage?.onChanged;
  if (!onChanged || signal.aborted) return;
  const listener = (_: unknown, changed: string) => {
    if (changed === 'managed') void readRosterKeys(area ?? managedArea()).then((keys) => signal.aborted || onChange(keys));
  };
  onChanged.addListener(listener);
  signal.addEventListener('abort', () => onChanged.removeListener(listener), { once: true });
}

