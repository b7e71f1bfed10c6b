import { browser } from 'wxt/browser';
import { PRIVATE_CHANGED, PRIVATE_DB, PRIVATE_STORE } from './private-store-names';

/**
 * Values only the extension's own pages and its background may read or write
 * (issue 12, point 5). `storage.local` is shared with every content script, and
 * a content script runs inside a social site's renderer; IndexedDB belongs to
 * an origin, and a content script's origin is the page's, so the database below
 * (the extension origin's) is out of its reach. Values are structured clones, so
 * a non-extractable CryptoKey can be kept as it is.
 *
 * Changes are announced with a runtime message: it reaches the background (and
 * wakes an MV3 service worker that had stopped, as storage.onChanged did) and the
 * other extension pages. Content scripts can send that message too, so a
 * listener acts only on one from an extension page, and it carries no value:
 * listeners read the value again from the database.
 */

export { PRIVATE_CHANGED, PRIVATE_DB, PRIVATE_STORE };

export interface PrivateChange {
  type: typeof PRIVATE_CHANGED;
  data: { key: string; from: string };
}

export interface PrivateItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  /** null or undefined removes the value: getValue then gives the fallback. */
  setValue(value: T | null | undefined): Promise<void>;
  removeValue(): Promise<void>;
  /** Follows changes made here and in other extension contexts; returns the unwatch. */
  watch(callback: (newValue: T, oldValue: T | null) => void): () => void;
}

/** This JS context, so that it ignores the announcements it sent. */
const CONTEXT = crypto.randomUUID();
/**
 * Same-context watchers (runtime messages do not come back to their sender in a
 * browser), each tied to the IndexedDB factory it watched: a change is news only
 * to watchers of the same database. (Unit tests give every test a new factory,
 * so a background started by an earlier test does not react to a later one.)
 */
type Watcher = { factory: IDBFactory; callback: (value: unknown, old: unknown) => void };
const local = new Map<string, Set<Watcher>>();

/**
 * Opened per operation and closed after it: a cached connection would outlive
 * the database it was opened on (tests swap `indexedDB`), and opening costs
 * about a millisecond, far below the few reads a pack check makes.
 */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(PRIVATE_DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(PRIVATE_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`could not open ${PRIVATE_DB}`));
  });
}

/** Runs `work` in one transaction; resolves with its result once the transaction has committed. */
async function inTransaction<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<R> | (() => R)): Promise<R> {
  const db = await open();
  try {
    return await new Promise<R>((resolve, reject) => {
      const tx = db.transaction(PRIVATE_STORE, mode);
      const pending = work(tx.objectStore(PRIVATE_STORE));
      tx.oncomplete = () => resolve(typeof pending === 'function' ? pending() : pending.result);
      tx.onerror = () => reject(tx.error ?? new Error(`${PRIVATE_DB}: transaction failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`${PRIVATE_DB}: transaction aborted`));
    });
  } finally {
    db.close();
  }
}

const read = (key: string) => inTransaction<unknown>('readonly', (store) => store.get(key));

/** Is `sender` one of this extension's pages (or its background)? A content script's sender has the page's URL. */
export function isExtensionSender(sender: { id?: string; url?: string } | undefined): boolean {
  const base = browser.runtime.getURL('/');
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

export function definePrivateItem<T>(key: string, fallback: T): PrivateItem<T> {
  const orFallback = (value: unknown): T => (value === undefined || value === null ? fallback : (value as T));
  const item: PrivateItem<T> = {
    key,
    getValue: async () => orFallback(await read(key)),
    async setValue(value) {
      let old: unknown;
      await inTransaction('readwrite', (store) => {
        const before = store.get(key);
        before.onsuccess = () => {
          old = before.result;
          if (value === null || value === undefined) store.delete(key);
          else store.put(value, key);
        };
        return () => undefined;
      });
      for (const watcher of local.get(key) ?? []) if (watcher.factory === indexedDB) watcher.callback(orFallback(value), old ?? null);
      const change: PrivateChange = { type: PRIVATE_CHANGED, data: { key, from: CONTEXT } };
      // Not awaited: nobody answers an announcement, and in Chromium 156 an awaited one did not always
      // settle (tests/e2e/content-storage.spec.ts, with the authoring and popup pages open: the pack check
      // queued behind such a write never ran). No other context listening is normal too.
      void Promise.resolve()
        .then(() => browser.runtime.sendMessage(change))
        .catch(() => undefined);
    },
    removeValue: () => item.setValue(null),
    watch(callback) {
      const here: Watcher = { factory: indexedDB, callback: (value, old) => callback(value as T, old as T | null) };
      const set = local.get(key) ?? new Set();
      set.add(here);
      local.set(key, set);
      // Added synchronously, so an MV3 worker woken by the message has its listener in place.
      const onMessage = (message: unknown, sender: { id?: string; url?: string }): undefined => {
        const change = message as Partial<PrivateChange> | null;
        if (change?.type !== PRIVATE_CHANGED || change.data?.key !== key || change.data.from === CONTEXT) return undefined;
        if (!isExtensionSender(sender)) return undefined;
        void item.getValue().then((value) => callback(value, null), (e) => console.warn(`postguard: could not read ${key}`, e));
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        set.delete(here);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
  };
  return item;
}
