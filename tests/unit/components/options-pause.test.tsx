// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorLog, PauseSetting, type PauseSettingProps } from '../../../components/options';
import { App } from '../../../entrypoints/options/App';
import { errorLog, packInForceItem, postingSettings } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import type { Pack } from '../../../rules/schema';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const states = () =>
  ['Serious findings only', 'Any warning', 'Any finding', 'Never'].map((name) => `${name}:${radio(name).checked ? 'on' : ''}${radio(name).disabled ? 'disabled' : ''}`);

function pauseSetting(props: Partial<PauseSettingProps>) {
  const onChange = vi.fn();
  render(<PauseSetting packPause={undefined} staffLevel={undefined} onChange={onChange} {...props} />);
  return onChange;
}

describe('the pause setting', () => {
  it("follows the school's level until staff choose, and every choice is open when nothing is locked", () => {
    const onChange = pauseSetting({ packPause: { level: 'warn' } });
    expect(states()).toEqual(['Serious findings only:', 'Any warning:on', 'Any finding:', 'Never:']);
    expect(screen.getByRole('status').textContent).toBe("In force: Any warning (your school's setting).");
    expect(screen.queryByRole('button', { name: "Use the school's setting" })).toBeNull();
    fireEvent.click(radio('Never'));
    expect(onChange).toHaveBeenCalledWith('off');
  });

  it("shows staff's own choice and lets them go back to the school's", () => {
    const onChange = pauseSetting({ staffLevel: 'info' });
    expect(radio('Any finding').checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('In force: Any finding (your choice).');
    fireEvent.click(screen.getByRole('button', { name: "Use the school's setting" }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });

  it('disables the choices laxer than a locked level, says the school set it, and keeps stricter ones open', () => {
    pauseSetting({ packPause: { level: 'warn', locked: true }, staffLevel: 'off' });
    expect(states()).toEqual(['Serious findings only:disabled', 'Any warning:on', 'Any finding:', 'Never:disabled']);
    const group = screen.getByRole('group', { name: 'Pause when the draft has' });
    expect(group.getAttribute('aria-describedby')).toBe('pause-locked');
    expect(document.getElementById('pause-locked')?.textContent).toBe(
      'Your school set the pause to “Any warning” and locked it: you can choose a stricter pause, but not a laxer one.',
    );
    // Staff chose Never, but the lock wins: the page says whose level is in force.
    expect(screen.getByRole('status').textContent).toBe("In force: Any warning (your school's setting).");
  });
});

describe('the error log', () => {
  it('lists errors newest first, with no draft text field, and clears them', () => {
    const onClear = vi.fn();
    const errors = [
      { at: Date.UTC(2026, 10, 24, 9), where: 'pause', message: 'adapter threw: no post button', host: 'www.facebook.com' },
      { at: Date.UTC(2026, 10, 25, 9), where: 'pause', message: 'dialog failed to open', host: 'x.com' },
    ];
    render(<ErrorLog errors={errors} onClear={onClear} />);
    const rows = within(screen.getByRole('table', { name: 'Errors postguard stepped around' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('x.comdialog failed to open'), expect.stringContaining('www.facebook.comadapter threw')]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('says there are none', () => {
    render(<ErrorLog errors={[]} onClear={vi.fn()} />);
    expect(screen.getByText('None.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
  });
});

describe('the options page wiring', () => {
  async function packInForce(pack: Pack) {
    await packInForceItem.setValue({ pack, source: 'file', version: pack.version, publisher: 'Oakhollow', keyId: null, acceptedAt: 1 });
  }

  it("stores staff's level, forgets it on request, and shows the pack's retention with a link to the review page", async () => {
    await packInForce({ ...DEFAULT_PACK, retentionDays: 3 });
    render(<App />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Any finding' }));
    await waitFor(async () => expect(await postingSettings.getValue()).toEqual({ pauseLevel: 'info' }));
    await waitFor(() => expect(radio('Any finding').checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: "Use the school's setting" }));
    await waitFor(async () => expect(await postingSettings.getValue()).toEqual({}));
    expect(screen.getByText(/deleted after 3 days, as the school's rules say/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open your saved drafts' }).getAttribute('href')).toMatch(/\/review\.html$/);
  });

  it('shows a locked pack level in force over a laxer choice staff made before', async () => {
    await packInForce({ ...DEFAULT_PACK, pause: { level: 'high', locked: true } });
    await postingSettings.setValue({ pauseLevel: 'off' });
    render(<App />);
    await waitFor(() => expect(radio('Serious findings only').checked).toBe(true));
    expect(radio('Never').disabled).toBe(true);
    expect(screen.getByText(/postguard's default/)).toBeTruthy();
  });

  it('lists the kept errors and clears them', async () => {
    await errorLog.setValue([{ at: Date.UTC(2026, 10, 25, 9), where: 'pause', message: 'dialog failed to open', host: 'x.com' }]);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear' }));
    await waitFor(async () => expect(await errorLog.getValue()).toEqual([]));
    await screen.findByText('None.');
  });
});
