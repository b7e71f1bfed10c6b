import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * The managed policy as a content script may see it: a copy the background keeps in
 * storage.local (`local:managed-for-pages`), holding only what a page needs (the roster
 * key, the locked categories, whether it is a school device).
 *
 * Why a copy, not `storage.managed` itself: in Chromium 156 a content script that
 * awaited `storage.managed.get()` (through the polyfill or `chrome.*` alike), or a
 * `runtime.sendMessage` reply, before starting its watch got none of the gesture
 * listeners it then added on the window (lib/dom/watch.ts): no compose box was ever
 * watched. Seen merging issue 12, where the roster key and the locked categories were
 * the first managed reads in a content script; reproduced on main with one
 * `await chrome.storage.managed.get(null)` at the start of runCompose, while an await
 * of storage.local (which the content script has always done) is fine. The copy is
 * no more exposed than the managed values were: content scripts could read those too.
 */
export interface ManagedReader {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/** Managed keys a content script is given (lib/roster-keys.ts, lib/locked-categories.ts, lib/school-device.ts). */
const FOR_PAGES = ['rosterKey', 'lockedCategories', 'schoolDevice'] as const;

export const managedForPagesItem = storage.defineItem<Record<string, unknown>>('local:managed-for-pages', { fallback: {}, version: 1 });

/** Background side: the managed values pages need; `{}` when there is no policy (Firefox throws then). */
export async function managedForPages(area: ManagedReader | undefined): Promise<Record<string, unknown>> {
  let raw: Record<string, unknown>;
  try {
    raw = (await area?.get(null)) ?? {};
  } catch {
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const key of FOR_PAGES) if (key in raw) out[key] = raw[key];
  return out;
}

/** Background side: refreshes the copy (at start and whenever the managed policy changes). */
export async function copyManagedForPages(area: ManagedReader | undefined): Promise<void> {
  const next = await managedForPages(area);
  if (JSON.stringify(next) !== JSON.stringify(await managedForPagesItem.getValue())) await managedForPagesItem.setValue(next);
}

/** Content-script side: reads like storage.managed, from the background's copy. */
export const managedCopy: ManagedReader = { get: () => managedForPagesItem.getValue() };

/** storage.managed did not answer in time (see boundedManaged). */
export class ManagedUnavailable extends Error {
  constructor(ms: number) {
    super(`storage.managed did not answer within ${ms} ms`);
    this.name = 'ManagedUnavailable';
  }
}

/**
 * How long a read of storage.managed may take before whoever waits on it goes on without:
 * Chrome's policy service takes 3-8 s to start (ghostery/ghostery-extension#3367), so
 * 10 s; in Edge beta 136 `get()` never settled (microsoft/MicrosoftEdge-Extensions#299),
 * and here it hung past 20 s, the popup's read and the background's alike, in about one
 * fresh Chromium 156 session in four (incident.spec, 2026-12-07): the background's one
 * records queue then waited on it for good, and no draft, report or incident was kept.
 */
export const MANAGED_TIMEOUT_MS = 10_000;

/** Areas with a read that did not answer in time and has not settled since: asked again, they are not waited on. */
const stuck = new WeakSet<ManagedReader>();

/**
 * `area`, whose reads reject with ManagedUnavailable after `ms`. The read itself goes on;
 * until it settles, later reads of the same area reject at once rather than wait again
 * (every job on the background's queue reads the policy).
 */
export function boundedManaged(area: ManagedReader | undefined, ms = MANAGED_TIMEOUT_MS): ManagedReader | undefined {
  if (!area) return undefined;
  return {
    get() {
      if (stuck.has(area)) return Promise.reject(new ManagedUnavailable(ms));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const read = area.get(null);
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          stuck.add(area);
          void read.then(() => stuck.delete(area), () => stuck.delete(area));
          reject(new ManagedUnavailable(ms));
        }, ms);
      });
      return Promise.race([read, late]).finally(() => clearTimeout(timer));
    },
  };
}

/**
 * `area` for readers of the values pages are given (the locked categories, the roster key,
 * schoolDevice): when it does not answer in time, the background's copy, the last values
 * it read. A policy that throws (Firefox without one) still throws.
 */
export function managedOrCopy(area: ManagedReader | undefined, ms = MANAGED_TIMEOUT_MS): ManagedReader | undefined {
  const bounded = boundedManaged(area, ms);
  if (!bounded) return undefined;
  return {
    get: () => bounded.get().catch((error: unknown) => (error instanceof ManagedUnavailable ? managedCopy.get() : Promise.reject(error))),
  };
}

/**
 * storage.managed for everything but content scripts (pages, the background): itself, or
 * the background's copy when it does not answer in time. Undefined where the browser has
 * no managed storage at all.
 */
export function managedArea(): ManagedReader | undefined {
  try {
    return managedOrCopy(browser?.storage?.managed as ManagedReader | undefined);
  } catch {
    return undefined;
  }
}

/**
 * Extension pages' side: `read` from the background's copy first (storage.local, at once),
 * then from storage.managed itself, handing each result to `onValue`. The first
 * storage.managed read of a browser session took 2.9-3.1 s in Chromium 156 on Linux with
 * no policy set, later ones 1-2 ms (measured in the built extension, 2026-12-07): the
 * popup, drawn only once it had the pack, stayed blank that long. Drawn from the copy it
 * shows at once; the second read corrects it if the policy changed since the copy was
 * made, and a copy read that ends after it is dropped.
 */
export function readManagedSoon<T>(
  read: (area: ManagedReader | undefined) => Promise<T>,
  onValue: (value: T) => void,
  area: ManagedReader | undefined = managedArea(),
): void {
  let authoritative = false;
  void read(managedCopy).then((value) => authoritative || onValue(value), () => {});
  void read(area).then((value) => {
    authoritative = true;
    onValue(value);
  });
}

