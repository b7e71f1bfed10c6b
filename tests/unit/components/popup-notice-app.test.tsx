// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/App';
import { packNoticeItem } from '../../../lib/storage';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

describe('the popup and the pack notice the background stored', () => {
  it('shows the notice until staff dismiss it, then marks it dismissed', async () => {
    await packNoticeItem.setValue({ version: 4, publisher: 'Oakhollow Primary School', changes: ['Added 2 staff names'], at: 1000, dismissed: false });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/' });
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
    render(<App />);
    await screen.findByRole('heading', { name: 'School rules updated to version 4' });
    expect(screen.getByText('Added 2 staff names')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'School rules updated to version 4' })).toBeNull());
    expect((await packNoticeItem.getValue())?.dismissed).toBe(true);
  });
});
