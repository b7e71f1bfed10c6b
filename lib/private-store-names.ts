/**
 * The private store's names (lib/private-store.ts), apart and import-free so that
 * the e2e tests, which run in plain Node, can write it from an extension page.
 */
export const PRIVATE_DB = 'postguard-private';
export const PRIVATE_STORE = 'items';
/** The runtime message announcing a change; `from` lets a context skip its own (fakeBrowser echoes it). */
export const PRIVATE_CHANGED = 'private-store-changed';
