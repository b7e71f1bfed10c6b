import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  boundedManaged,
  copyManagedForPages,
  MANAGED_TIMEOUT_MS,
  managedCopy,
  managedForPages,
  managedForPagesItem,
  managedOrCopy,
  ManagedUnavailable,
  readManagedSoon,
} from '../../../lib/managed-via-background';
import { readManagedPolicy } from '../../../lib/background/packs/policy';
import { getPackInForce } from '../../../lib/pack-in-force';
import { packInForceItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';

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

describe('readManagedSoon (extension pages)', () => {
  const schoolDevice = async (area: { get(): Promise<Record<string, unknown>> } | undefined) => (await area?.get())?.schoolDevice === true;

  it('hands over the copy at once, then the policy itself, which has the last word', async () => {
    await managedForPagesItem.setValue({ schoolDevice: false });
    let release!: (policy: Record<string, unknown>) => void;
    const slow = { get: () => new Promise<Record<string, unknown>>((resolve) => (release = resolve)) };
    const seen: boolean[] = [];
    readManagedSoon(schoolDevice, (on) => seen.push(on), slow);
    await vi.waitFor(() => expect(seen).toEqual([false]));
    release({ schoolDevice: true });
    await vi.waitFor(() => expect(seen).toEqual([false, true]));
  });

  it('drops the copy when the policy itself answered first', async () => {
    let releaseCopy!: () => void;
    const copyHeld = new Promise<void>((resolve) => (releaseCopy = resolve));
    await managedForPagesItem.setValue({ schoolDevice: false });
    const seen: boolean[] = [];
    // The copy's read is held back until the policy's has been handed over.
    const read = async (area: { get(): Promise<Record<string, unknown>> } | undefined) => {
      if (area === managedCopy) await copyHeld;
      return schoolDevice(area);
    };
    readManagedSoon(read, (on) => seen.push(on), { get: async () => ({ schoolDevice: true }) });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    releaseCopy();
    await copyHeld;
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([true]);
  });
});

describe('storage.managed that never answers (Edge beta 136; Chromium 156 here, about one fresh session in four)', () => {
  const hung = () => {
    const area = { get: vi.fn(() => new Promise<Record<string, unknown>>(() => {})) };
    return area;
  };

  it('is given up after MANAGED_TIMEOUT_MS, and not waited on again while that read is still out', async () => {
    vi.useFakeTimers();
    try {
      const area = hung();
      const first = boundedManaged(area)!.get().catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(MANAGED_TIMEOUT_MS);
      expect(await first).toBeInstanceOf(ManagedUnavailable);
      // At once, with no second read of the area.
      await expect(boundedManaged(area)!.get()).rejects.toBeInstanceOf(ManagedUnavailable);
      expect(area.get).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is asked again once the late read settles', async () => {
    vi.useFakeTimers();
    try {
      let answer!: (v: Record<string, unknown>) => void;
      const area = { get: vi.fn(() => new Promise<Record<string, unknown>>((resolve) => (answer = resolve))) };
      const first = boundedManaged(area)!.get().catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(MANAGED_TIMEOUT_MS);
      expect(await first).toBeInstanceOf(ManagedUnavailable);
      answer({ schoolDevice: true });
      await vi.advanceTimersByTimeAsync(0);
      area.get.mockImplementation(async () => ({ schoolDevice: false }));
      expect(await boundedManaged(area)!.get()).toEqual({ schoolDevice: false });
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the values pages need from the copy instead, so the pack in force is read without it', async () => {
    // A pack with profanity off, which the school's policy (as last copied) locks on.
    const off = { ...DEFAULT_PACK, categories: { ...DEFAULT_PACK.categories, profanity: { ...DEFAULT_PACK.categories.profanity, enabled: false } } };
    await packInForceItem.setValue({ pack: off, source: 'file', version: 2, publisher: 'IT', keyId: null, acceptedAt: 1 });
    await managedForPagesItem.setValue({ lockedCategories: ['profanity'] });
    vi.useFakeTimers();
    try {
      const pack = getPackInForce(managedOrCopy(hung()));
      await vi.advanceTimersByTimeAsync(MANAGED_TIMEOUT_MS);
      expect((await pack).categories.profanity.enabled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('still throws what the policy throws (Firefox without one), and answers at once when it answers', async () => {
    const refusing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    await expect(managedOrCopy(refusing)!.get()).rejects.toThrow('Managed storage manifest not found');
    expect(await managedOrCopy({ get: async () => ({ schoolDevice: true }) })!.get()).toEqual({ schoolDevice: true });
  });

  it("is not taken for 'no policy' by the pack checks: their read fails and is tried again later", async () => {
    await expect(readManagedPolicy({ get: () => Promise.reject(new ManagedUnavailable(1)) })).rejects.toBeInstanceOf(ManagedUnavailable);
    expect(await readManagedPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({});
  });
});

