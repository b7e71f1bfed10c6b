import { vi } from 'vitest';
import type { AddedSitesApi } from '../../../lib/background/added-sites';
import type { ManifestContentScript, RegisteredScript } from '../../../lib/background/registration';
import type { TabReport } from '../../../lib/messages';

/** An extension event the test can fire; `trigger` waits for what the listeners return. */
export function fakeEvent<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    trigger: (...args: Parameters<Listener>) => Promise.all(listeners.map((listener) => listener(...args))),
    get count() {
      return listeners.length;
    },
  };
}

/** The compose script's entry as the built manifest has it (checked against .output by hand; see the report). */
export const COMPOSE_ENTRY: ManifestContentScript = {
  matches: ['https://www.facebook.com/*'],
  js: ['content-scripts/compose.js'],
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
  run_at: 'document_idle',
};

/**
 * scripting and permissions as the browser behaves: a second registration under
 * a live id fails ("Duplicate script ID"), `contains` answers from what is granted.
 */
export function fakeSitesApi(granted: string[] = []) {
  const registered = new Map<string, RegisteredScript>();
  const grants = new Set(granted);
  const api = {
    scripting: {
      getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
        [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
      ),
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
        for (const script of scripts) {
          if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.set(script.id, script);
        }
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
      }),
    },
    permissions: {
      contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => grants.has(origin))),
      remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
        for (const origin of origins) grants.delete(origin);
        return true;
      }),
    },
    manifestScripts: () => [COMPOSE_ENTRY],
  } satisfies AddedSitesApi;
  return { api, registered, grants };
}

/** A tab as the tabs API describes it; the fields postguard reads are id and url. */
export function fakeTab(id: number, url?: string) {
  return { id, url, index: 0, highlighted: false, active: false, pinned: false, incognito: false };
}

export function report(boxId: string | null, host = 'www.facebook.com'): TabReport {
  return {
    siteId: 'facebook',
    host,
    box: boxId === null ? null : { boxId, label: "What's on your mind?", findings: [], at: 1 },
  };
}
