import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background';
import { message } from '../../../lib/messages';
import { tabReports } from '../../../lib/session-storage';
import { RETENTION_ALARM } from '../../../lib/background/retention';
import { DAY_MS } from '../../../lib/review/retention';
import { savedDrafts, siteSettings } from '../../../lib/storage';
import { fakeTab, report } from './helpers';

/** fakeBrowser has no scripting, permissions or getManifest: stub the calls the wiring makes. */
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'postguard',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['content-scripts/compose.js'], all_frames: true }],
  });
  background.main();
});

afterEach(() => vi.restoreAllMocks());

describe('the background entrypoint', () => {
  it('keeps draft reports and forgets them when the tab closes', async () => {
    await fakeBrowser.runtime.onMessage.trigger(message('draft-report', report('box-1')), { tab: fakeTab(4) });
    expect(Object.keys(await tabReports.getValue())).toEqual(['4']);
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(await tabReports.getValue()).toEqual({});
  });

  it('registers the built compose script for a site added from the popup', async () => {
    const popup = { url: fakeBrowser.runtime.getURL('/popup.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message('add-site', { origin: 'https://forum.example.org' }), popup);
    expect(reply).toEqual({ ok: true });
    expect((await siteSettings.getValue()).added).toEqual(['https://forum.example.org']);
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'postguard-added-sites', matches: ['https://forum.example.org/*'], js: ['content-scripts/compose.js'] }),
    ]);
  });

  it('sets the saved drafts\' expiry alarm when a draft is saved', async () => {
    const savedAt = Date.now() - 1000;
    await savedDrafts.setValue([{ id: 'a', site: 'facebook', host: 'www.facebook.com', savedAt, text: 'a draft', findings: [] }]);
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(savedAt + 7 * DAY_MS));
  });
});
