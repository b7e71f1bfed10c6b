import { normaliseOrigin, originPattern, siteFor } from '../sites';
import { siteSettings } from '../storage';
import { type ExtensionEvent, inOrder, listen } from './listen';
import { type ManifestContentScript, type RegisteredScript, addedSitesScript } from './registration';

/**
 * Sites staff add themselves (issue 3, point 1): the popup asks for the host
 * permission, then sends `add-site`; the background keeps the origin in
 * siteSettings.added and registers the compose content script for it. Browser
 * APIs come in as a parameter so the tests can hand in fakes.
 */

export interface AddedSitesApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
  permissions: {
    contains(permissions: { origins?: string[] }): Promise<boolean>;
    remove(permissions: { origins?: string[] }): Promise<boolean>;
  };
  /** `runtime.getManifest().content_scripts`: the dynamic script copies the compose script's entry. */
  manifestScripts(): ManifestContentScript[];
}

/** Error codes of `add-site`; the popup shows `sites_error_<code>` from _locales. */
export const ADD_SITE_ERRORS = ['not_an_origin', 'built_in', 'permission_missing', 'register_failed'] as const;
export type AddSiteError = (typeof ADD_SITE_ERRORS)[number];

export const ADDED_SITES_SCRIPT_ID = 'postguard-added-sites';

const queue = inOrder();

export function addSite(origin: unknown, api: AddedSitesApi): Promise<{ ok: true } | { ok: false; error: AddSiteError }> {
  const normal = typeof origin === 'string' ? normaliseOrigin(origin) : null;
  const pattern = normal && originPattern(normal);
  if (!normal || !pattern) return Promise.resolve({ ok: false, error: 'not_an_origin' });
  // A built-in site already runs from the manifest; registering it again would run the script twice.
  if (siteFor(normal)) return Promise.resolve({ ok: false, error: 'built_in' });
  return queue(async () => {
    if (!(await api.permissions.contains({ origins: [pattern] }))) return { ok: false, error: 'permission_missing' };
    const before = (await siteSettings.getValue()).added;
    if (before.some((known) => originPattern(known) === pattern)) return { ok: true };
    const added = [...before, normal];
    await setAdded(added);
    try {
      await register(added, api);
      return { ok: true };
    } catch (error) {
      console.error('postguard: could not register the content script for', normal, error);
      await setAdded(before);
      await register(before, api).catch(console.error);
      return { ok: false, error: 'register_failed' };
    }
  });
}

export function removeSite(origin: unknown, api: AddedSitesApi): Promise<{ ok: boolean }> {
  const normal = typeof origin === 'string' ? normaliseOrigin(origin) : null;
  const pattern = normal && originPattern(normal);
  if (!normal || !pattern) return Promise.resolve({ ok: false });
  return queue(async () => {
    const settings = await siteSettings.getValue();
    const added = settings.added.filter((known) => originPattern(known) !== pattern);
    const host = new URL(normal).hostname;
    const hostStillAdded = added.some((known) => new URL(known).hostname === host);
    await siteSettings.setValue({
      ...settings,
      added,
      disabled: hostStillAdded ? settings.disabled : settings.disabled.filter((key) => key !== host),
    });
    // Least privilege: a site no longer watched needs no access.
    await api.permissions.remove({ origins: [pattern] }).catch(console.error);
    try {
      await register(added, api);
      return { ok: true };
    } catch (error) {
      console.error('postguard: could not update the content script', error);
      return { ok: false };
    }
  });
}

/**
 * Bring the registration in line with the permissions still held: at start-up, on
 * install or update, and when a permission is withdrawn (from the browser's own
 * settings, say). Origins whose permission is gone are dropped from the list.
 */
export function syncAddedSites(api: AddedSitesApi): Promise<void> {
  return queue(async () => {
    const { added } = await siteSettings.getValue();
    const held: string[] = [];
    for (const origin of added) {
      const pattern = originPattern(origin);
      if (pattern && (await api.permissions.contains({ origins: [pattern] }))) held.push(origin);
    }
    if (held.length !== added.length) await setAdded(held);
    await register(held, api);
  });
}

export interface AddedSitesEvents {
  runtime: { onStartup: ExtensionEvent<() => void>; onInstalled: ExtensionEvent<() => void> };
  permissions: { onRemoved: ExtensionEvent<(removed: { origins?: string[] }) => void> };
}

export function watchAddedSites(events: AddedSitesEvents, api: AddedSitesApi, signal: AbortSignal): void {
  // Listeners return their work's Promise: browsers ignore it, tests can await it.
  const sync = () => syncAddedSites(api).catch(console.error);
  listen(events.runtime.onStartup, sync, signal);
  listen(events.runtime.onInstalled, sync, signal);
  listen(events.permissions.onRemoved, (removed) => (removed.origins?.length ? sync() : undefined), signal);
}

/** Re-read just before writing: the popup writes siteSettings too (on/off, pause). */
async function setAdded(added: string[]): Promise<void> {
  await siteSettings.setValue({ ...(await siteSettings.getValue()), added });
}

async function register(origins: string[], api: AddedSitesApi): Promise<void> {
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
  const script = addedSitesScript(ADDED_SITES_SCRIPT_ID, origins, api.manifestScripts());
  if (script) await api.scripting.registerContentScripts([script]);
}
