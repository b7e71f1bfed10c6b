// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { readRosterKeys } from '../../../lib/roster-keys';
import { buildLegacyPupilHashes, buildPupilHashes } from '../../../lib/rule-pack/pupils';
import { rosterKeyId } from '../../../lib/rule-pack/roster-key';
import { packInForceItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(5)));

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
afterEach(cleanup);

async function inForce(pupilHashes: object) {
  const pack = { ...DEFAULT_PACK, id: 'school:oakhollow', version: 5, profile: { school: { name: 'Oakhollow Primary School' }, pupilHashes } };
  await packInForceItem.setValue({ pack: pack as never, source: 'file', version: 5, publisher: 'Oakhollow', keyId: null, acceptedAt: 1 });
}

describe('the roster key on the options page (issue 12)', () => {
  it('a keyed roster without its key: says plainly pupils cannot be checked until IT sets it', async () => {
    await inForce(buildPupilHashes(['Toby Quillfeather'], { key: KEY }));
    render(<App />);
    expect(await screen.findByText(/Pupils’ names can’t be checked on this device yet/)).toBeTruthy();
  });
  it('with the key in managed policy: no notice', async () => {
    await inForce(buildPupilHashes(['Toby Quillfeather'], { key: KEY }));
    await fakeBrowser.storage.managed.set({ rosterKey: KEY });
    render(<App />);
    await screen.findByText('school:oakhollow, 5');
    expect(screen.queryByText(/can’t be checked/)).toBeNull();
    // Diagnostics list the managed values: the roster key only by its id.
    expect(await screen.findByText(`roster key ${rosterKeyId(KEY)} (the key itself is not shown)`)).toBeTruthy();
    expect(document.body.textContent).not.toContain(KEY);
  });
  it('a legacy roster: says it can be recovered from the pack', async () => {
    await inForce(buildLegacyPupilHashes(['Toby Quillfeather']));
    render(<App />);
    expect(await screen.findByText(/old unkeyed hashes: anyone with the pack file can recover the names/)).toBeTruthy();
  });
  it('a pack carrying its key: says whoever holds it can read the names', async () => {
    await inForce(buildPupilHashes(['Toby Quillfeather'], { key: KEY, embed: true }));
    render(<App />);
    expect(await screen.findByText(/carries its own roster key/)).toBeTruthy();
    expect(screen.queryByText(/can’t be checked/)).toBeNull();
  });
});

describe('readRosterKeys', () => {
  it('reads a well-formed rosterKey, ignores a malformed one, and survives Firefox throwing when no policy is set', async () => {
    expect(await readRosterKeys({ get: async () => ({ rosterKey: KEY }) })).toEqual([KEY]);
    expect(await readRosterKeys({ get: async () => ({ rosterKey: 'nope' }) })).toEqual([]);
    expect(await readRosterKeys({ get: async () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual([]);
    expect(await readRosterKeys(undefined)).toEqual([]);
    await fakeBrowser.storage.managed.set({ rosterKey: KEY });
    expect(await readRosterKeys()).toEqual([KEY]);
  });
});
