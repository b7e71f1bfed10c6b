// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { tabReports } from '../../../lib/session-storage';
import { feedback, siteSettings } from '../../../lib/storage';
import { SCHOOL_NAMED, finding } from './fixtures';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

const PHONE = finding({ start: 60, end: 73 });

/** Opens the popup as the e2e tests do: popup.html?tab=<id> for a tab on `url`. */
async function openPopupFor(url: string, granted: boolean) {
  const tab = await fakeBrowser.tabs.create({ url });
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  // fakeBrowser leaves these unimplemented.
  fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
  fakeBrowser.tabs.sendMessage = vi.fn(async () => true) as never;
  render(<App />);
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

describe('the popup, wired to storage and messages', () => {
  it('follows the tab report live and asks the tab to reveal a finding', async () => {
    const tabId = await openPopupFor('https://www.facebook.com/', true);
    await tabReports.setValue({
      [String(tabId)]: { siteId: 'facebook', host: 'www.facebook.com', box: { boxId: 'b1', label: 'Post', findings: [PHONE], at: 1 } },
    });
    await screen.findByRole('heading', { name: 'Section 6: General considerations' });
    fireEvent.click(screen.getByRole('button', { name: 'Show in the page' }));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(tabId, {
      type: 'reveal-finding',
      data: { boxId: 'b1', start: PHONE.start, end: PHONE.end },
    });

    await tabReports.setValue({
      [String(tabId)]: { siteId: 'facebook', host: 'www.facebook.com', box: { boxId: 'b1', label: 'Post', findings: [PHONE, SCHOOL_NAMED], at: 2 } },
    });
    await screen.findByRole('heading', { name: 'Section 5: Use of social media outside school' });

    await tabReports.setValue({ [String(tabId)]: { siteId: 'facebook', host: 'www.facebook.com', box: null } });
    await screen.findByRole('heading', { name: 'Policy in force' });
  });

  it('switches the site off by its site id and pauses every site for an hour', async () => {
    const tabId = await openPopupFor('https://www.facebook.com/', true);
    await tabReports.setValue({ [String(tabId)]: { siteId: 'facebook', host: 'www.facebook.com', box: null } });
    const toggle = await screen.findByRole('switch', { name: 'Check drafts on www.facebook.com' });
    fireEvent.click(toggle);
    await waitFor(async () => expect((await siteSettings.getValue()).disabled).toEqual(['facebook']));
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    await screen.findByRole('button', { name: 'Resume' });
    expect((await siteSettings.getValue()).pausedUntil).toBeGreaterThanOrEqual(before + 60 * 60 * 1000);
  });

  it('asks for permission, then tells the background to watch a new site', async () => {
    fakeBrowser.permissions.request = vi.fn(async () => true) as never;
    const added = vi.fn((msg: unknown) => Promise.resolve({ ok: true, msg }));
    fakeBrowser.runtime.onMessage.addListener(added);
    await openPopupFor('https://forum.example.org/t/42', false);
    fireEvent.click(await screen.findByRole('button', { name: 'Check this site too' }));
    await screen.findByText('postguard now checks drafts on forum.example.org. Reload the page to start.');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://forum.example.org/*'] });
    expect(added.mock.calls[0]?.[0]).toEqual({ type: 'add-site', data: { origin: 'https://forum.example.org' } });
  });

  it('offers the reports for export once there are some', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:postguard-test');
    URL.revokeObjectURL = vi.fn();
    await openPopupFor('https://www.facebook.com/', true);
    await screen.findByRole('heading', { name: 'Policy in force' });
    expect(screen.queryByRole('link', { name: "Export 'this is wrong' reports" })).toBeNull();
    await feedback.setValue([{ rule: 'contact-details/phone', category: 'contact-details', text: '0161', host: 'www.facebook.com', at: '2026-11-25T10:00:00Z' }]);
    const link = await screen.findByRole('link', { name: "Export 'this is wrong' reports" });
    expect(link.getAttribute('href')).toBe('blob:postguard-test');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text()).reports).toHaveLength(1);
  });
});
