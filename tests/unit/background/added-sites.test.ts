import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import messages from '../../../public/_locales/en_GB/messages.json';
import {
  ADD_SITE_ERRORS,
  ADDED_SITES_SCRIPT_ID,
  addSite,
  removeSite,
  syncAddedSites,
  watchAddedSites,
} from '../../../lib/background/added-sites';
import { siteSettings } from '../../../lib/storage';
import { fakeEvent, fakeSitesApi } from './helpers';

const FORUM = 'https://forum.example.org';
const FORUM_PATTERN = 'https://forum.example.org/*';
const TOOT = 'https://fosstodon.org';
const TOOT_PATTERN = 'https://fosstodon.org/*';

beforeEach(() => fakeBrowser.reset());

describe('addSite', () => {
  it('adds a granted origin and registers the compose script for it', async () => {
    const { api, registered } = fakeSitesApi([FORUM_PATTERN, TOOT_PATTERN]);
    expect(await addSite(`${FORUM}/t/42`, api)).toEqual({ ok: true });
    expect(await addSite(TOOT, api)).toEqual({ ok: true });
    expect((await siteSettings.getValue()).added).toEqual([FORUM, TOOT]);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)).toMatchObject({
      matches: [FORUM_PATTERN, TOOT_PATTERN],
      js: ['content-scripts/compose.js'],
      allFrames: true,
    });
  });

  it('keeps one entry for an origin added twice', async () => {
    const { api } = fakeSitesApi([FORUM_PATTERN]);
    await addSite(FORUM, api);
    expect(await addSite(`${FORUM}/other/page`, api)).toEqual({ ok: true });
    expect((await siteSettings.getValue()).added).toEqual([FORUM]);
  });

  it.each([
    [FORUM, [], 'permission_missing'],
    ['https://www.facebook.com', ['https://www.facebook.com/*'], 'built_in'],
    ['javascript:alert(1)', [], 'not_an_origin'],
    [42, [], 'not_an_origin'],
  ])('refuses %s (granted %j): %s', async (origin, granted, error) => {
    const { api, registered } = fakeSitesApi(granted);
    expect(await addSite(origin, api)).toEqual({ ok: false, error });
    expect((await siteSettings.getValue()).added).toEqual([]);
    expect(registered.size).toBe(0);
  });

  it('has a UK English message for every error the popup may show', () => {
    for (const code of ADD_SITE_ERRORS) expect(messages).toHaveProperty(`sites_error_${code}.message`);
  });

  it('puts things back when the browser refuses the registration', async () => {
    const { api, registered } = fakeSitesApi([FORUM_PATTERN, TOOT_PATTERN]);
    await addSite(FORUM, api);
    api.scripting.registerContentScripts.mockRejectedValueOnce(new Error('Could not load file'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await addSite(TOOT, api)).toEqual({ ok: false, error: 'register_failed' });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect((await siteSettings.getValue()).added).toEqual([FORUM]);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual([FORUM_PATTERN]);
  });

  it('loses no origin when several are added at once', async () => {
    const origins = ['https://a.example', 'https://b.example', 'https://c.example', 'https://d.example'];
    const { api, registered } = fakeSitesApi(origins.map((origin) => `${origin}/*`));
    await Promise.all(origins.map((origin) => addSite(origin, api)));
    expect([...(await siteSettings.getValue()).added].sort()).toEqual(origins);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toHaveLength(4);
  });
});

describe('removeSite', () => {
  it('forgets the origin, its on/off entry and its permission, and registers the rest', async () => {
    const { api, registered, grants } = fakeSitesApi([FORUM_PATTERN, TOOT_PATTERN]);
    await addSite(FORUM, api);
    await addSite(TOOT, api);
    await siteSettings.setValue({ ...(await siteSettings.getValue()), disabled: ['forum.example.org', 'x'] });

    expect(await removeSite(FORUM, api)).toEqual({ ok: true });
    expect(await siteSettings.getValue()).toMatchObject({ added: [TOOT], disabled: ['x'] });
    expect(grants.has(FORUM_PATTERN)).toBe(false);
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual([TOOT_PATTERN]);

    expect(await removeSite(TOOT, api)).toEqual({ ok: true });
    expect(registered.size).toBe(0);
  });

  it('refuses what is not an origin', async () => {
    expect(await removeSite('chrome://extensions', fakeSitesApi().api)).toEqual({ ok: false });
  });
});

describe('syncAddedSites', () => {
  it('drops origins whose permission is gone and registers the rest', async () => {
    const { api, registered } = fakeSitesApi([TOOT_PATTERN]);
    await siteSettings.setValue({ disabled: [], pausedUntil: 5, added: [FORUM, TOOT] });
    await syncAddedSites(api);
    expect(await siteSettings.getValue()).toEqual({ disabled: [], pausedUntil: 5, added: [TOOT] });
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual([TOOT_PATTERN]);
  });

  it('runs on start-up, on install and when a host permission is withdrawn, until aborted', async () => {
    const { api, registered, grants } = fakeSitesApi([FORUM_PATTERN, TOOT_PATTERN]);
    const permissions = { onRemoved: fakeEvent<(removed: { origins?: string[] }) => unknown>() };
    const lifetime = new AbortController();
    watchAddedSites({ runtime: fakeBrowser.runtime, permissions }, api, lifetime.signal);
    await siteSettings.setValue({ disabled: [], pausedUntil: 0, added: [FORUM, TOOT] });

    await fakeBrowser.runtime.onStartup.trigger();
    expect(registered.get(ADDED_SITES_SCRIPT_ID)?.matches).toEqual([FORUM_PATTERN, TOOT_PATTERN]);

    grants.delete(FORUM_PATTERN);
    await permissions.onRemoved.trigger({ origins: [FORUM_PATTERN] });
    expect((await siteSettings.getValue()).added).toEqual([TOOT]);

    grants.delete(TOOT_PATTERN);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect((await siteSettings.getValue()).added).toEqual([]);
    expect(registered.size).toBe(0);

    lifetime.abort();
    expect(permissions.onRemoved.count).toBe(0);
  });
});
