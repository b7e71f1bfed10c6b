import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerMessages } from '../../../lib/background/router';
import { inOrder } from '../../../lib/background/listen';
import { createIncidentStore } from '../../../lib/background/incidents';
import { createRecordsStore } from '../../../lib/background/records';
import { createDraftStore } from '../../../lib/background/saved-drafts';
import { message } from '../../../lib/messages';
import { tabReports } from '../../../lib/session-storage';
import { recordAuthorisedToday } from '../../../lib/school-device';
import { feedback, incidents, nudgeEvents, savedDrafts, schoolDeviceAuthorisedItem, siteSettings } from '../../../lib/storage';
import { fakeSitesApi, report } from './helpers';

const POPUP = { url: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT = (tabId: number) => ({ tab: { id: tabId }, url: 'https://www.facebook.com/' });

let lifetime: AbortController;
let sites: ReturnType<typeof fakeSitesApi>;
let opened: string[];

beforeEach(() => {
  fakeBrowser.reset();
  lifetime = new AbortController();
  sites = fakeSitesApi(['https://forum.example.org/*']);
  opened = [];
  const openTab = async (url: string) => opened.push(url);
  const packs = { importFile: async () => ({ lastCheck: 1, lastResult: 'refused' as const }), checkUrl: async () => null };
  let ids = 0;
  const queue = inOrder();
  const drafts = createDraftStore(queue, () => 1_000_000, () => `d${++ids}`);
  const records = createRecordsStore(queue, () => 1_000_000);
  const incidents = createIncidentStore(queue, () => 1_000_000, () => `i${++ids}`);
  const modelData = () => MODEL;
  // 14 March 2026, 10:00 on this machine's clock: the record's date is the background's, never the sender's.
  const authoriseSchoolDevice = () => recordAuthorisedToday(new Date(2026, 2, 14, 10).getTime());
  answerMessages(fakeBrowser.runtime, { sites: sites.api, extensionBase: fakeBrowser.runtime.getURL('/'), openTab, packs, drafts, records, incidents, modelData, authoriseSchoolDevice }, lifetime.signal);
});

/** What the sender would get back: the first truthy reply, as in fakeBrowser's sendMessage. */
async function send(body: unknown, sender: object): Promise<unknown> {
  return (await fakeBrowser.runtime.onMessage.trigger(body, sender)).find(Boolean);
}

const MODEL = { weights: { format: 2 as const, hashBits: 18, categories: [], bias: [], scale: [], threshold: [], index: '', weights: [] }, clusters: { coarse: [], clusters: [] } };

describe('answerMessages', () => {
  it('hands the learned scorer to a content script that asks (issue 13)', async () => {
    expect(await send(message('model-data', {}), CONTENT(3))).toBe(MODEL);
  });

  it("records the school-device notice's say-so for today from a tab, with the background's date (issue 15, point 4)", async () => {
    expect(await send(message('authorise-school-device', { date: '2099-01-01' } as never), CONTENT(4))).toBe(true);
    expect(await schoolDeviceAuthorisedItem.getValue()).toEqual({ date: '2026-03-14', at: new Date(2026, 2, 14, 10).getTime() });
  });

  it('stores draft reports from content scripts under their tab', async () => {
    await send(message('draft-report', report('box-1')), CONTENT(7));
    expect((await tabReports.getValue())['7']?.box?.boxId).toBe('box-1');
    await send(message('draft-report', report(null)), CONTENT(7));
    expect(await tabReports.getValue()).toEqual({});
  });

  it('opens the policy page at a section for a nudge, and nowhere else', async () => {
    expect(await send(message('open-policy', { section: '6' }), CONTENT(2))).toBe(true);
    await send(message('open-policy', { section: '../../evil' }), CONTENT(2));
    expect(opened).toEqual([fakeBrowser.runtime.getURL('/policy.html') + '#section-6', fakeBrowser.runtime.getURL('/policy.html')]);
  });

  it('keeps drafts saved from a tab, and deletes them only for the extension pages', async () => {
    const draft = { site: 'facebook', host: 'www.facebook.com', text: 'Ring me on 07700 900123', findings: [] };
    expect(await send(message('save-draft', draft), CONTENT(3))).toEqual({ saved: true });
    expect(await savedDrafts.getValue()).toEqual([{ ...draft, id: 'd1', savedAt: 1_000_000 }]);
    await send(message('delete-drafts', { ids: 'all' }), CONTENT(3));
    expect(await savedDrafts.getValue()).toHaveLength(1);
    expect(await send(message('delete-drafts', { ids: ['d1'] }), { url: fakeBrowser.runtime.getURL('/review.html') })).toBe(true);
    expect(await savedDrafts.getValue()).toEqual([]);
  });

  it('keeps every "This is wrong" report and nudge count sent from two tabs at once (issue 12, point 9)', async () => {
    const wrong = (tab: number, i: number) => message('report-wrong', { rule: 'contact.phone', category: 'contact-details', text: `tab ${tab} #${i}`, host: 'www.facebook.com' });
    const sends = Array.from({ length: 40 }, (_, i) => [
      send(wrong(1, i), CONTENT(1)),
      send(wrong(2, i), CONTENT(2)),
      send(message('nudged', { categories: ['profanity'] }), CONTENT(1)),
      send(message('nudged', { categories: ['sexual', 'violence'] }), CONTENT(2)),
    ]).flat();
    expect(new Set(await Promise.all(sends))).toEqual(new Set([true]));
    const texts = (await feedback.getValue()).map((f) => f.text);
    expect(texts).toHaveLength(80);
    for (let i = 0; i < 40; i++) expect(texts).toEqual(expect.arrayContaining([`tab 1 #${i}`, `tab 2 #${i}`]));
    expect(await nudgeEvents.getValue()).toHaveLength(120);
  });

  it('refuses a report or a count that is not one', async () => {
    expect(await send(message('report-wrong', { rule: '', category: 'made-up', text: 'x', host: 'x' } as never), CONTENT(1))).toBeUndefined();
    expect(await send(message('nudged', { categories: ['made-up'] } as never), CONTENT(1))).toBeUndefined();
    expect(await feedback.getValue()).toEqual([]);
    expect(await nudgeEvents.getValue()).toEqual([]);
  });

  it('keeps, changes and deletes misuse incidents for the extension pages only', async () => {
    const copy = { url: 'https://www.facebook.com/me', capturedAt: '2026-12-07T18:30:00.000Z', selectedText: 'mean words', gaps: { screenshot: 'not-allowed' as const } };
    const page = { url: fakeBrowser.runtime.getURL('/incident.html') };
    // A content script (any web page it runs in) can neither fill the store nor read back an id.
    expect(await send(message('keep-incident', copy), CONTENT(3))).toBeUndefined();
    expect(await incidents.getValue()).toEqual([]);
    expect(await send(message('keep-incident', copy), POPUP)).toEqual({ kept: true, id: 'i1' });
    expect(await send(message('update-incident', { id: 'i1', changes: { steps: { blocked: true } } }), CONTENT(3))).toBeUndefined();
    expect(await send(message('update-incident', { id: 'i1', changes: { steps: { blocked: true } } }), page)).toBe(true);
    expect((await incidents.getValue())[0]?.record.steps.blocked).toBe(true);
    expect(await send(message('delete-incidents', { ids: 'all' }), CONTENT(3))).toBeUndefined();
    expect(await incidents.getValue()).toHaveLength(1);
    expect(await send(message('delete-incidents', { ids: ['i1'] }), page)).toBe(true);
    expect(await incidents.getValue()).toEqual([]);
  });

  it('ignores draft reports that come from no tab', async () => {
    await send(message('draft-report', report('box-1')), POPUP);
    await send(message('draft-report', report('box-1')), { tab: { id: -1 } });
    expect(await tabReports.getValue()).toEqual({});
  });

  it('adds and removes sites for the extension\'s own pages', async () => {
    expect(await send(message('add-site', { origin: 'https://forum.example.org' }), POPUP)).toEqual({ ok: true });
    expect((await siteSettings.getValue()).added).toEqual(['https://forum.example.org']);
    expect(await send(message('remove-site', { origin: 'https://forum.example.org' }), POPUP)).toEqual({ ok: true });
    expect((await siteSettings.getValue()).added).toEqual([]);
  });

  it('lets no web page change the watched sites', async () => {
    expect(await send(message('add-site', { origin: 'https://forum.example.org' }), CONTENT(3))).toBeUndefined();
    expect(await send(message('remove-site', { origin: 'https://x.com' }), { url: 'https://evil.example/' })).toBeUndefined();
    expect(sites.api.permissions.contains).not.toHaveBeenCalled();
  });

  it('leaves other messages to other listeners, and stops when aborted', async () => {
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal-finding' }, POPUP)).toEqual([undefined]);
    expect(await send('hello', POPUP)).toBeUndefined();
    lifetime.abort();
    await send(message('draft-report', report('box-1')), CONTENT(7));
    expect(await tabReports.getValue()).toEqual({});
  });
});
