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
