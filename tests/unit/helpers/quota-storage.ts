import { fakeBrowser } from 'wxt/testing';
import { vi } from 'vitest';

/**
 * fakeBrowser's storage.local has no quota. This wraps its `set` so that a write
 * which would leave more than `quota` bytes in use throws as Chromium does
 * ("QUOTA_BYTES quota exceeded", chrome.storage.local: 10,485,760 bytes, counted as
 * every key plus its value's JSON) and writes nothing. A write that shrinks the total
 * goes through, as in Chromium. Call after fakeBrowser.reset(); `restore` undoes it.
 */
export function limitLocalStorage(quota: number) {
  const local = fakeBrowser.storage.local;
  const original = local.set.bind(local);
  // Buffer.byteLength: UTF-8 bytes like TextEncoder, without copying 10 MB per write (tests run in Node).
  const bytes = (key: string, value: unknown) => Buffer.byteLength(key + JSON.stringify(value), 'utf8');
  const inUse = async () => Object.entries(await local.get(null)).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
  const spy = vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const before = await local.get(null);
    const after = { ...before, ...items };
    // A null value deletes the key (fakeBrowser and wxt/storage alike).
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + (value == null ? 0 : bytes(key, value)), 0);
    if (total > quota && total > (await inUse())) throw new Error('QUOTA_BYTES quota exceeded');
    await original(items);
  });
  return { inUse, restore: () => spy.mockRestore() };
}
