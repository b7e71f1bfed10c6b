import { evaluateIn, type Evaluator } from './driver/driver';
import { PRIVATE_CHANGED, PRIVATE_DB, PRIVATE_STORE } from '../../lib/private-store-names';

/**
 * Writes a value into the private store (lib/private-store.ts) from an extension page,
 * as the extension's own code does: IndexedDB of the extension origin, then the change
 * announced with a runtime message, which wakes the service worker. Pack settings live
 * there since issue 12 (point 5); writing `pack-settings` to storage.local does nothing.
 */
export function writePrivate(extensionPage: Evaluator, key: string, value: unknown): Promise<void> {
  return evaluateIn(
    extensionPage,
    async ({ names, key, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(names.db, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(names.store);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(names.store, 'readwrite');
        tx.objectStore(names.store).put(value, key);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      await runtime.sendMessage({ type: names.changed, data: { key, from: 'e2e-test' } }).catch(() => undefined);
    },
    { names: { db: PRIVATE_DB, store: PRIVATE_STORE, changed: PRIVATE_CHANGED }, key, value },
  );
}
