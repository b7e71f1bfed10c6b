// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/incident/App';
import { createIncidentStore } from '../../../lib/background/incidents';
import { inOrder } from '../../../lib/background/listen';
import { parseIncidentJson } from '../../../lib/incident/record';
import { isMessage } from '../../../lib/messages';
import { incidents, packInForceItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

const LEAD = { name: 'Sam Example', role: 'Designated safeguarding lead' };
let blobs: Blob[];

/** The background's incident store answering the page's messages, as the router does (lib/background/router.ts). */
async function keepOne(): Promise<string> {
  const store = createIncidentStore(inOrder(), Date.now, () => 'inc-1');
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if (isMessage(message, 'update-incident')) return store.update(message.data);
    if (isMessage(message, 'delete-incidents')) return store.remove(message.data.ids);
    return undefined;
  });
  const kept = await store.keep({ url: 'https://x.com/someone/status/1', capturedAt: new Date().toISOString(), selectedText: 'mean words', gaps: { screenshot: 'not-allowed' } });
  return kept.kept ? kept.id : '';
}

/** The latest file the page made of each type, read back as text. */
async function latestFile(type: string): Promise<string> {
  const blob = blobs.filter((b) => b.type === type).at(-1);
  return blob ? blob.text() : '';
}

beforeEach(async () => {
  fakeBrowser.reset();
  stubI18n();
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  await packInForceItem.setValue({ pack: { ...DEFAULT_PACK, safeguardingLead: LEAD }, source: 'file', version: 1, publisher: 'Oakhollow', keyId: null, acceptedAt: Date.now() });
});
afterEach(cleanup);

describe('the incident page, wired to storage and the background', () => {
  it('shows the incident asked for, with the lead from the pack in force', async () => {
    history.replaceState(null, '', `/incident.html?id=${await keepOne()}`);
    render(<App />);
    expect((await screen.findByRole('heading', { name: 'Report and block on X' })).tagName).toBe('H2');
    expect(screen.getByText('mean words')).toBeTruthy();
    expect(screen.getByText('Sam Example')).toBeTruthy();
    expect(document.title).toBe('postguard: Report misuse');
  });

  it('saves a ticked step at once and the note once typing pauses, and the files follow', async () => {
    history.replaceState(null, '', `/incident.html?id=${await keepOne()}`);
    render(<App />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Reported it on the site' }));
    await waitFor(async () => expect((await incidents.getValue())[0]?.record.steps.reported).toBe(true));
    fireEvent.input(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'Posted <b>about</b> me' } });
    await waitFor(async () => expect((await incidents.getValue())[0]?.record.whatHappened).toBe('Posted <b>about</b> me'), { timeout: 3000 });
    await waitFor(async () => expect(await latestFile('application/json')).toContain('Posted <b>about</b> me'));
    const json = parseIncidentJson(await latestFile('application/json'));
    expect(json.ok && json.value.steps.reported).toBe(true);
    expect(await latestFile('text/html')).toContain('Posted &lt;b&gt;about&lt;/b&gt; me');
  });

  it('prints the record itself in a frame of its own, one frame at a time', async () => {
    history.replaceState(null, '', `/incident.html?id=${await keepOne()}`);
    render(<App />);
    // jsdom has no printing: the frame's own print is what the page must call once the record has loaded.
    const printed = async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Print the record' }));
      const frame = document.querySelector<HTMLIFrameElement>('iframe.postguard-print');
      expect(frame?.srcdoc).toContain('<h1>Social media incident record</h1>');
      const print = vi.fn();
      Object.assign(frame!.contentWindow!, { print, focus: vi.fn() });
      await waitFor(() => expect(print).toHaveBeenCalled());
    };
    await screen.findByRole('button', { name: 'Print the record' });
    await printed();
    await printed();
    expect(document.querySelectorAll('iframe.postguard-print')).toHaveLength(1);
  });

  it('deletes through the background and says so', async () => {
    history.replaceState(null, '', `/incident.html?id=${await keepOne()}`);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /^Delete the incident on X/ }));
    await screen.findByText('Deleted.');
    await screen.findByText(/^This incident is no longer kept on this device/);
    expect(await incidents.getValue()).toEqual([]);
  });

  it('without an id, lists what is kept and says how to keep a copy', async () => {
    await keepOne();
    history.replaceState(null, '', '/incident.html');
    render(<App />);
    await screen.findByRole('link', { name: /^X, / });
    expect(screen.getByText(/press “Report misuse” in the postguard popup/)).toBeTruthy();
    expect(screen.queryByText(/no longer kept/)).toBeNull();
  });
});
