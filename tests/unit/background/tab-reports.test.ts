import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetTab, leftPage, recordReport, watchTabReports } from '../../../lib/background/tab-reports';
import { tabReports } from '../../../lib/session-storage';
import { fakeTab, report } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('recordReport', () => {
  it('keeps the last report of each tab under its id', async () => {
    await recordReport(1, report('a'));
    await recordReport(1, report('b'));
    await recordReport(2, report('c', 'x.com'));
    const stored = await tabReports.getValue();
    expect(Object.keys(stored).sort()).toEqual(['1', '2']);
    expect(stored['1']?.box?.boxId).toBe('b');
    expect(stored['2']?.host).toBe('x.com');
  });

  it('clears a tab on a report without a box, and only that tab', async () => {
    await recordReport(1, report('a'));
    await recordReport(2, report('b'));
    await recordReport(1, report(null));
    expect(Object.keys(await tabReports.getValue())).toEqual(['2']);
    await recordReport(3, report(null));
    expect(Object.keys(await tabReports.getValue())).toEqual(['2']);
  });

  it('loses no report when many tabs report at once', async () => {
    const ids = Array.from({ length: 25 }, (_, index) => index + 1);
    await Promise.all(ids.map((id) => recordReport(id, report(`box-${id}`))));
    await Promise.all(ids.filter((id) => id % 5 === 0).map((id) => forgetTab(id)));
    expect(Object.keys(await tabReports.getValue()).length).toBe(20);
  });
});

describe('leftPage', () => {
  it.each([
    [{ status: 'loading', url: 'https://www.facebook.com/groups/1' }, { url: 'https://www.facebook.com/groups/1' }, true],
    [{ status: 'loading' }, {}, true], // the new page's URL is hidden from us: it is not a watched site
    [{ status: 'loading' }, { url: 'https://www.facebook.com/' }, false], // a reload
    [{ status: 'complete' }, { url: 'https://www.facebook.com/' }, false],
    [{ url: 'https://www.facebook.com/photo' }, { url: 'https://www.facebook.com/photo' }, false],
    [{}, {}, false], // a title or favicon change
  ])('%j on %j: %s', (change, tab, expected) => {
    expect(leftPage(change, tab)).toBe(expected);
  });
});

describe('watchTabReports', () => {
  it('drops a tab when it closes or leaves the page, and stops when aborted', async () => {
    const lifetime = new AbortController();
    watchTabReports(fakeBrowser.tabs, lifetime.signal);
    for (const id of [1, 2, 3, 4]) await recordReport(id, report(`box-${id}`));

    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading', url: 'https://example.org/' }, fakeTab(2));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, fakeTab(3, 'https://www.facebook.com/'));
    expect(Object.keys(await tabReports.getValue()).sort()).toEqual(['3', '4']);

    lifetime.abort();
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(Object.keys(await tabReports.getValue()).sort()).toEqual(['3', '4']);
  });
});
