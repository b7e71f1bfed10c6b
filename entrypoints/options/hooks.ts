import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** A storage item's value, live; `undefined` until first read (null is a real value for the pack in force). */
/** What useLoadedItem needs: a WXT storage item or a private one (lib/private-store.ts) both fit. */
export interface LoadableItem<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

export function useLoadedItem<T>(item: LoadableItem<T>): { value: T } | undefined {
  const [state, setState] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((value) => {
      changed = true;
      setState({ value });
    });
    void item.getValue().then((value) => changed || setState({ value }));
    return unwatch;
  }, [item]);
  return state;
}

async function readManaged(): Promise<Record<string, unknown> | null> {
  try {
    const values = await browser.storage.managed.get();
    return Object.keys(values).length > 0 ? values : null;
  } catch {
    // Firefox throws "Managed storage manifest not found" when no policy is set (toolchain notes).
    return null;
  }
}

/** What the enterprise policy sets for postguard, following edits (Chromium applies them without restart). */
export function useManagedPolicy(): Record<string, unknown> | null {
  const [values, setValues] = useState<Record<string, unknown> | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const refresh = () => void readManaged().then((v) => stop.signal.aborted || setValues(v));
    const onChanged = (_: unknown, area: string) => area === 'managed' && refresh();
    browser.storage.onChanged.addListener(onChanged);
    stop.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
    refresh();
    return () => stop.abort();
  }, []);
  return values;
}
