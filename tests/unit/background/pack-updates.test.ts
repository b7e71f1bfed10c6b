import { fakeBrowser } from 'wxt/testing';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FetchFn, fetchPack, packUrlProblem } from '../../../lib/background/packs/fetch-pack';
import { acceptWithCore, describeWithCore } from '../../../lib/background/packs/pipeline';
import { effectiveSettings, readManagedPolicy } from '../../../lib/background/packs/policy';
import { createPackUpdater } from '../../../lib/background/packs/updater';
import type { ExportedKeys } from '../../../lib/rule-pack';
import { getPackInForce } from '../../../lib/pack-in-force';
import { packInForceItem, packNoticeItem, packSettingsItem, packStatusItem, previousPackItem } from '../../../lib/storage';
import { schoolPack, signed, tampered, testKeys } from './pack-builder';

const URL_ = 'https://packs.example.org/school.json';
let keys: ExportedKeys;
beforeAll(async () => {
  keys = await testKeys();
});

/** A static host: serves `body` with an ETag, answers 304 to a matching If-None-Match. */
function fakeHost(initial: string) {
  const host = { body: initial, etag: '"v1"', requests: [] as Array<Record<string, string>> };
  const fetchFn = vi.fn(async (_url: string, init: RequestInit) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    host.requests.push(headers);
    if (headers['If-None-Match'] === host.etag) return new Response(null, { status: 304 });
    return new Response(host.body, { status: 200, headers: { ETag: host.etag, 'Last-Modified': 'Tue, 24 Nov 2026 10:00:00 GMT' } });
  });
  return { host, fetchFn };
}

function updater(fetchFn: FetchFn = async () => new Response('', { status: 404 })) {
  let now = 1_000;
  return createPackUpdater({
    accept: acceptWithCore,
    describeChanges: describeWithCore,
    fetch: fetchFn,
    settings: async () => effectiveSettings(await readManagedPolicy(fakeBrowser.storage.managed), await packSettingsItem.getValue()),
    now: () => (now += 1_000),
  });
}

beforeEach(() => fakeBrowser.reset());

describe('the pack URL', () => {
  it('is HTTPS, or plain http on this machine only', () => {
    expect(packUrlProblem('https://packs.example.org/p.json')).toBeNull();
    expect(packUrlProblem('http://127.0.0.1:8080/p.json')).toBeNull();
    expect(packUrlProblem('http://packs.example.org/p.json')).toMatch(/must start with https:\/\//);
    expect(packUrlProblem('not a url')).toMatch(/not a valid URL/);
  });

  it('is fetched with If-None-Match once it has an ETag, and a 304 leaves the pack in force', async () => {
    await packSettingsItem.setValue({ packUrl: URL_, trustedKeys: [keys.publicKey] });
    const { host, fetchFn } = fakeHost(await signed(schoolPack(2), keys));
    const packs = updater(fetchFn);
    expect(await packs.checkUrl()).toMatchObject({ lastResult: 'accepted', version: 2, etag: '"v1"' });
    expect(await packs.checkUrl()).toMatchObject({ lastResult: 'unchanged', version: 2 });
    expect(host.requests).toEqual([{}, { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 24 Nov 2026 10:00:00 GMT' }]);
    expect((await getPackInForce()).version).toBe(2);
  });

  it('asks again without validators when the conditional request fails (a static host without CORS preflight)', async () => {
    const fetchFn = vi.fn(async (_url: string, init: RequestInit) => {
      if (Object.keys(init.headers ?? {}).length) throw new TypeError('Failed to fetch');
      return new Response('{}', { status: 200 });
    });
    const outcome = await fetchPack(URL_, { lastCheck: 1, lastResult: 'accepted', url: URL_, etag: '"a"' }, fetchFn);
    expect(outcome).toEqual({ kind: 'body', text: '{}' });
    expect(fetchFn.mock.calls.map(([, init]) => init.cache)).toEqual(['no-store', 'no-cache']);
  });

  it('records an HTTP error or an unreachable host as refused at the fetch stage', async () => {
    await packSettingsItem.setValue({ packUrl: URL_ });
    expect(await updater().checkUrl()).toMatchObject({ lastResult: 'refused', stage: 'fetch', reason: 'the pack URL answered HTTP 404' });
    const down = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await updater(down).checkUrl()).toMatchObject({ reason: expect.stringMatching(/Access-Control-Allow-Origin/) });
  });
});

describe('accepting and refusing packs', () => {
  beforeEach(() => packSettingsItem.setValue({ trustedKeys: [keys.publicKey] }));

  it('puts a newer signed pack in force, keeps the one it replaced and tells staff what changed', async () => {
    const status = await updater().importFile(await signed(schoolPack(2), keys));
    expect(status).toMatchObject({ lastResult: 'accepted', version: 2 });
    expect(await packInForceItem.getValue()).toMatchObject({ source: 'file', version: 2, publisher: 'Test Academy leadership', keyId: keys.keyId });
    expect(await previousPackItem.getValue()).toMatchObject({ source: 'bundled' });
    const notice = await packNoticeItem.getValue();
    expect(notice).toMatchObject({ version: 2, publisher: 'Test Academy leadership', dismissed: false });
    expect(notice?.changes.length).toBeGreaterThan(0);
  });

  it.each([
    ['tampered', async () => tampered(await signed(schoolPack(3), keys)), 'signature', /changed after signing/],
    ['not JSON', async () => '{"pack": ', 'json', /not valid JSON/],
    ['invalid', async () => signed({ ...schoolPack(3), version: -1 }, keys), 'schema', /version/],
    ['older', async () => signed(schoolPack(1), keys), 'version', /not newer than version 2/],
    ['unsigned', async () => JSON.stringify(schoolPack(3)), 'signature', /not signed/],
  ])('refuses a %s pack and keeps version 2 in force', async (_name, make, stage, reason) => {
    const packs = updater();
    await packs.importFile(await signed(schoolPack(2), keys));
    const status = await packs.importFile(await make());
    expect(status).toMatchObject({ lastResult: 'refused', stage, reason: expect.stringMatching(reason) });
    expect((await packStatusItem.getValue()).file).toEqual(status);
    expect((await getPackInForce()).version).toBe(2);
    expect((await packNoticeItem.getValue())?.version).toBe(2);
  });

  it('refuses a pack signed by a key leadership does not trust', async () => {
    const stranger = await testKeys();
    const status = await updater().importFile(await signed(schoolPack(2), stranger));
    expect(status).toMatchObject({ lastResult: 'refused', stage: 'signature', reason: expect.stringContaining(stranger.keyId) });
    expect(await packInForceItem.getValue()).toBeNull();
  });
});

describe('the managed policy', () => {
  it('applies its inline pack with its trusted keys, and only once for the same bytes', async () => {
    const inline = await signed(schoolPack(4), keys);
    await fakeBrowser.storage.managed.set({ inlinePack: inline, trustedKeys: [keys.publicKey] });
    const packs = updater();
    expect(await packs.applyInline()).toMatchObject({ lastResult: 'accepted', version: 4 });
    expect(await packs.applyInline()).toMatchObject({ lastResult: 'unchanged', version: 4 });
    expect((await packInForceItem.getValue())?.source).toBe('managed-inline');
  });

  it('replaces the local trusted keys and wins over local settings', async () => {
    const policy = await readManagedPolicy({ get: async () => ({ trustedKeys: ['managed'], packUrl: 'https://a.example/p.json', allowUnsigned: 'yes' }) });
    const settings = effectiveSettings(policy, { trustedKeys: ['mine'], allowUnsigned: true, packUrl: 'https://b.example/p.json' });
    expect(settings).toMatchObject({ trustedKeys: ['managed'], allowUnsigned: false, packUrl: 'https://a.example/p.json', updateIntervalMinutes: 360 });
  });

  it('is empty where the browser throws for no policy (Firefox)', async () => {
    const throwing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(throwing)).toEqual({});
  });
});
