// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { isMessage } from '../../../lib/messages';
import { packInForceItem, packSettingsItem, packStatusItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

// 32 zero bytes: SHA-256 is 66687aadf862bd776c8fc18b8e9f8e20..., so its id is 66687aadf862bd77.
const ZERO_KEY = btoa(String.fromCharCode(...new Uint8Array(32)));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

function chooseFile(contents: string, name = 'oakhollow-v5.json') {
  const input = screen.getByLabelText('Pack file (.json)') as HTMLInputElement;
  const file = new File([contents], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the options page', () => {
  it('shows the bundled pack when none was accepted, and no managed policy', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Rule pack in force' });
    expect(screen.getByText(/Built into postguard/)).toBeTruthy();
    expect(screen.getByText(/no enterprise policy/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the authoring page' }).getAttribute('href')).toMatch(/\/author\.html$/);
  });

  it('shows the pack in force, the managed values, trusted key ids and each source\'s last check', async () => {
    const pack = { ...DEFAULT_PACK, id: 'school:oakhollow', version: 5 };
    await packInForceItem.setValue({ pack, source: 'url', version: 5, publisher: 'Oakhollow Primary School', keyId: 'a1b2c3d4e5f60718', acceptedAt: Date.UTC(2026, 10, 20, 9) });
    await packStatusItem.setValue({ url: { lastCheck: Date.UTC(2026, 10, 21, 9), lastResult: 'refused', stage: 'signature', reason: 'signed by a key this device does not trust', version: 6 } });
    await fakeBrowser.storage.managed.set({ packUrl: 'https://rules.oakhollow.example/pack.json', trustedKeys: [ZERO_KEY] });
    render(<App />);
    await screen.findByText('school:oakhollow, 5');
    expect(screen.getByText('a1b2c3d4e5f60718')).toBeTruthy();
    expect(screen.getAllByText('https://rules.oakhollow.example/pack.json').length).toBeGreaterThan(0);
    await screen.findByText('66687aadf862bd77');
    const row = screen.getByRole('row', { name: /Pack URL/ });
    expect(row.textContent).toContain('refused, the pack in force stayed (version 6)');
    expect(row.textContent).toContain('signature: signed by a key this device does not trust');
  });

  it('sends a chosen file to the background and says what it answered', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      seen.push(msg);
      if (!isMessage(msg, 'import-pack')) return undefined;
      const refused = msg.data.text.includes('"version":4');
      return Promise.resolve(refused ? { lastCheck: 1, lastResult: 'refused', stage: 'version', reason: 'version 4 is not newer than 5.', version: 4 } : { lastCheck: 2, lastResult: 'accepted', version: 6 });
    });
    await packSettingsItem.setValue({ trustedKeys: [] });
    render(<App />);
    await screen.findByLabelText('Pack file (.json)');
    chooseFile('{"version":4}', 'old.json');
    const status = () => within(screen.getByRole('region', { name: 'Import a rule pack' })).getByRole('status');
    await waitFor(() => expect(status().textContent).toBe('old.json was not accepted (version): version 4 is not newer than 5. The pack in force is unchanged.'));
    chooseFile('{"version":6}');
    await waitFor(() => expect(status().textContent).toBe('oakhollow-v5.json accepted: version 6 is now in force.'));
    expect(seen).toContainEqual({ type: 'import-pack', data: { text: '{"version":6}' } });
  });
});

describe('the options page: packs the school\'s policy delivers (issue 12, point 4)', () => {
  it('closes file import where the policy sets the pack, saying why', async () => {
    await fakeBrowser.storage.managed.set({ inlinePack: '{}' });
    render(<App />);
    await waitFor(() => expect((screen.getByLabelText('Pack file (.json)') as HTMLInputElement).disabled).toBe(true));
    expect(screen.getByText(/policy delivers the rule pack to this browser, so pack files cannot be imported here/)).toBeTruthy();
  });

  it('lists the categories the policy locks on (issue 12, point 10)', async () => {
    await fakeBrowser.storage.managed.set({ lockedCategories: ['pupil-details', 'not-a-category', 'credentials'] });
    render(<App />);
    await screen.findByText('Always checked (school policy)');
    const list = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(list).toEqual(expect.arrayContaining(['Details about a pupil', 'Log-in details or passwords']));
    expect(list).not.toContain('not-a-category');
  });

  it('shows when the pack in force expires, and once expired says it still applies', async () => {
    const pack = { ...DEFAULT_PACK, id: 'school:oakhollow', version: 5, expiresAt: '2099-09-01T00:00:00Z' };
    await packInForceItem.setValue({ pack, source: 'url', version: 5, publisher: 'Oakhollow', keyId: null, acceptedAt: 1 });
    render(<App />);
    await screen.findByText('Valid until');
    expect((screen.getByLabelText('Pack file (.json)') as HTMLInputElement).disabled).toBe(false);
    await packInForceItem.setValue({ pack: { ...pack, expiresAt: '2020-09-01T00:00:00Z' }, source: 'url', version: 5, publisher: 'Oakhollow', keyId: null, acceptedAt: 1 });
    await screen.findByText(/^Expired on .*It stays in force .* an expired pack is never accepted again\.$/);
  });
});

describe('the options page, on a device without a managed policy', () => {
  it('saves the pack URL and trusted keys, refusing a URL that is not HTTPS', async () => {
    render(<App />);
    const url = await screen.findByLabelText('Rule pack URL');
    fireEvent.input(url, { target: { value: 'http://rules.example/pack.json' } });
    fireEvent.input(screen.getByLabelText('Trusted publisher keys'), { target: { value: `\n${ZERO_KEY}\n` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The pack URL must start with https://.');
    fireEvent.input(url, { target: { value: 'https://rules.example/pack.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await packSettingsItem.getValue()).toEqual({ packUrl: 'https://rules.example/pack.json', trustedKeys: [ZERO_KEY] }));
    await screen.findByText('66687aadf862bd77');
  });

  it('locks the fields a managed policy sets, and asks the background to check now', async () => {
    await fakeBrowser.storage.managed.set({ packUrl: 'https://rules.oakhollow.example/pack.json' });
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) =>
      isMessage(msg, 'check-pack-now') ? Promise.resolve({ lastCheck: 3, lastResult: 'unchanged' }) : undefined,
    );
    render(<App />);
    await waitFor(() => expect((screen.getByLabelText('Rule pack URL') as HTMLInputElement).disabled).toBe(true));
    expect((screen.getByLabelText('Trusted publisher keys') as HTMLTextAreaElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Check for a new pack now' }));
    await screen.findByText('Checked: unchanged');
  });
});
