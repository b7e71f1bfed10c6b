// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { readSelection } from '../../../lib/incident/capture';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

const JPEG = 'data:image/jpeg;base64,/9j/AAAA';
const TAB = { id: 7, active: true, windowId: 3, url: 'https://www.facebook.com/groups/1/posts/2', title: 'Parents group | Facebook' };

/** The popup over tab 7, with the browser's capture and scripting as a real popup has them (fakeBrowser leaves them out). */
function openPopup(reply: unknown) {
  history.replaceState(null, '', `/popup.html?tab=${TAB.id}`);
  fakeBrowser.tabs.get = vi.fn(async () => TAB) as never;
  fakeBrowser.tabs.captureVisibleTab = vi.fn(async () => JPEG) as never;
  fakeBrowser.scripting.executeScript = vi.fn(async () => [{ frameId: 0, result: 'That teacher should be sacked' }]) as never;
  fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
  const created = vi.spyOn(fakeBrowser.tabs, 'create');
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve(reply);
  });
  render(<App />);
  return { sent, created };
}

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('"Report misuse" in the popup', () => {
  it('keeps a copy of the tab through the background and opens the incident page on it', async () => {
    const before = Date.now();
    const { sent, created } = openPopup({ kept: true, id: 'inc-1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Report misuse' }));
    await waitFor(() => expect(created).toHaveBeenCalledWith({ url: `${fakeBrowser.runtime.getURL('/incident.html')}?id=inc-1` }));
    expect(fakeBrowser.tabs.captureVisibleTab).toHaveBeenCalledWith(3, { format: 'jpeg', quality: 70 });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, func: readSelection });
    const [keep] = sent as { type: string; data: { capturedAt: string } }[];
    expect(keep).toEqual({
      type: 'keep-incident',
      data: {
        url: TAB.url,
        pageTitle: TAB.title,
        capturedAt: expect.any(String),
        screenshot: { type: 'image/jpeg', dataUrl: JPEG },
        selectedText: 'That teacher should be sacked',
        gaps: {},
      },
    });
    expect(Date.parse(keep!.data.capturedAt)).toBeGreaterThanOrEqual(before);
    // The incidents page is a link away too.
    expect(screen.getByRole('link', { name: 'Incidents kept on this device' }).getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/incident.html'));
  });

  it('says why a copy was not kept, and opens nothing', async () => {
    const { created } = openPopup({ kept: false, reason: 'full' });
    fireEvent.click(await screen.findByRole('button', { name: 'Report misuse' }));
    await screen.findByText(/^Not kept: this device holds as many incidents as it can\./);
    expect(created).not.toHaveBeenCalled();
  });

  it('says so when the background does not answer', async () => {
    openPopup(undefined);
    fireEvent.click(await screen.findByRole('button', { name: 'Report misuse' }));
    await screen.findByText('Not kept: something went wrong. Please try again.');
  });

  it('says where the copy is when it was kept but the browser would not open the incident page', async () => {
    const { created } = openPopup({ kept: true, id: 'inc-2' });
    created.mockRejectedValue(new Error('Tabs cannot be edited right now (user may be dragging a tab).'));
    fireEvent.click(await screen.findByRole('button', { name: 'Report misuse' }));
    await screen.findByText('Kept, but the incident page did not open. Find it under "Incidents kept on this device".');
    expect(screen.getByRole('button', { name: 'Report misuse' })).not.toHaveProperty('disabled', true);
  });
});
