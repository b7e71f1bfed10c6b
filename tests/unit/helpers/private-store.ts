import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

/**
 * The private store (lib/private-store.ts) lives in IndexedDB, which Node and jsdom
 * lack: fake-indexeddb stands in, with a fresh, empty database for every test, as
 * fakeBrowser.reset() gives a fresh storage.local. (It copies values with Node's
 * structuredClone, which keeps a non-extractable CryptoKey usable, as browsers do.)
 */
Object.assign(globalThis, { IDBKeyRange });
beforeEach(() => {
  Object.assign(globalThis, { indexedDB: new IDBFactory() });
});
