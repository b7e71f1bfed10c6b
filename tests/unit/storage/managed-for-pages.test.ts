import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { copyManagedForPages, managedCopy, managedForPages, managedForPagesItem } from '../../../lib/managed-via-background';

/**
 * Content scripts read the managed values they need (the roster key, the locked
 * categories, schoolDevice) from the background's copy in storage.local, never storage.managed:
 * a content script that awaited storage.managed in Chromium 156 got none of its
 * window gesture listeners (lib/managed-via-background.ts).
 */
beforeEach(() => fakeBrowser.reset());

describe('the managed values pages are given', () => {
  it('copies only the roster key, the locked categories and schoolDevice, nothing of the pack sources or trust', async () => {
    const area = { get: async () => ({ rosterKey: 'k', lockedCategories: ['profanity'], schoolDevice: true, trustedKeys: ['x'], packUrl: 'https://p', inlinePack: '{}' }) };
    expect(await managedForPages(area)).toEqual({ rosterKey: 'k', lockedCategories: ['profanity'], schoolDevice: true });
    await copyManagedForPages(area);
    expect(await managedCopy.get()).toEqual({ rosterKey: 'k', lockedCategories: ['profanity'], schoolDevice: true });
  });

  it('is empty when there is no policy, or when reading it throws (Firefox without one)', async () => {
    expect(await managedForPages(undefined)).toEqual({});
    expect(await managedForPages({ get: async () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({});
    await copyManagedForPages({ get: async () => ({}) });
    expect(await managedCopy.get()).toEqual({});
  });

  it('writes the copy only when it changed, so content scripts recompile only then', async () => {
    let writes = 0;
    const unwatch = managedForPagesItem.watch(() => writes++);
    const area = { get: async () => ({ rosterKey: 'k' }) };
    await copyManagedForPages(area);
    await copyManagedForPages(area);
    expect(writes).toBe(1);
    await copyManagedForPages({ get: async () => ({ rosterKey: 'k2' }) });
    expect(writes).toBe(2);
    unwatch();
  });
});
