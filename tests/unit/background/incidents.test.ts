import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createIncidentStore, MAX_INCIDENTS, MAX_INCIDENTS_BYTES } from '../../../lib/background/incidents';
import { inOrder } from '../../../lib/background/listen';
import type { IncidentCapture } from '../../../lib/incident/capture';
import { parseIncidentJson, incidentToJson } from '../../../lib/incident/record';
import { DAY_MS } from '../../../lib/review/retention';
import { incidents, packInForceItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import type { Pack } from '../../../rules/schema';
import { limitLocalStorage } from '../helpers/quota-storage';

// "Report misuse" (policy section 9, Appendix A): the background keeps the copy the popup
// took, with the school's lead from the pack in force, and is its only writer.

const NOW = Date.UTC(2026, 11, 7, 18, 30);
const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
const LEAD = { name: 'Sam Example', role: 'Designated safeguarding lead', email: 'dsl@school.example' };

const copy = (over: Partial<IncidentCapture> = {}): IncidentCapture => ({
  url: 'https://www.facebook.com/groups/1/posts/2',
  pageTitle: 'Parents group | Facebook',
  capturedAt: new Date(NOW - 1000).toISOString(),
  screenshot: { type: 'image/jpeg', dataUrl: JPEG },
  selectedText: 'That teacher should be sacked',
  gaps: {},
  ...over,
});

let now = NOW;
function store() {
  let n = 0;
  return createIncidentStore(inOrder(), () => now, () => `inc-${++n}`);
}

async function usePack(pack: Pack) {
  await packInForceItem.setValue({ pack, source: 'file', version: pack.version, publisher: 'Oakhollow', keyId: null, acceptedAt: NOW });
}

beforeEach(() => {
  fakeBrowser.reset();
  now = NOW;
});

describe('keeping a copy', () => {
  it('keeps the copy with the site, the school and its lead from the pack in force', async () => {
    await usePack({ ...DEFAULT_PACK, safeguardingLead: LEAD });
    expect(await store().keep(copy())).toEqual({ kept: true, id: 'inc-1' });
    const [kept] = await incidents.getValue();
    expect(kept?.gaps).toEqual({});
    expect(kept?.record).toMatchObject({
      id: 'inc-1',
      createdAt: new Date(NOW).toISOString(),
      capturedAt: new Date(NOW - 1000).toISOString(),
      site: { id: 'facebook', name: 'Facebook' },
      url: 'https://www.facebook.com/groups/1/posts/2',
      pageTitle: 'Parents group | Facebook',
      screenshot: { type: 'image/jpeg', dataUrl: JPEG },
      selectedText: 'That teacher should be sacked',
      childAtRisk: false,
      steps: { reported: false, blocked: false, ceop: false, toldLead: false },
      school: { name: DEFAULT_PACK.profile.school.name, safeguardingLead: LEAD },
      policy: { sections: ['7', '9', 'A'] },
    });
    // What is kept is exactly what the school's log reads back.
    expect(parseIncidentJson(incidentToJson(kept!.record))).toEqual({ ok: true, value: kept!.record });
  });

  it('keeps what it has: no address, no screenshot, no selection, each gap named', async () => {
    const gaps = { address: 'not-allowed', screenshot: 'not-allowed', selection: 'failed' } as const;
    const result = await store().keep({ capturedAt: new Date(NOW).toISOString(), gaps });
    expect(result).toEqual({ kept: true, id: 'inc-1' });
    const [kept] = await incidents.getValue();
    expect(kept?.gaps).toEqual(gaps);
    expect(kept?.record.site).toEqual({ id: null, name: 'Unknown site' });
    expect(kept?.record).not.toHaveProperty('url');
    expect(kept?.record).not.toHaveProperty('screenshot');
    // No lead in the default pack: the record says nothing rather than inventing one.
    expect(kept?.record.school).toEqual({ name: DEFAULT_PACK.profile.school.name });
  });

  it('names a site it does not know by its host, for the generic steps', async () => {
    await store().keep(copy({ url: 'https://forum.example.org/t/42' }));
    expect((await incidents.getValue())[0]?.record.site).toEqual({ id: null, name: 'forum.example.org' });
  });

  it('refuses what is not a copy of a page, and keeps nothing', async () => {
    const incidentsStore = store();
    for (const bad of [
      'a string',
      { ...copy(), capturedAt: 'yesterday' },
      { ...copy(), colour: 'red' },
      { ...copy(), screenshot: { type: 'image/png', dataUrl: JPEG } },
      { ...copy(), gaps: { screenshot: 'made-up' } },
      { ...copy(), selectedText: 'x'.repeat(20_001) },
    ]) {
      expect(await incidentsStore.keep(bad)).toEqual({ kept: false, reason: 'invalid' });
    }
    expect(await incidents.getValue()).toEqual([]);
  });

  it('keeps the rest of the copy when the screenshot is not a JPEG data: URL', async () => {
    expect(await store().keep(copy({ screenshot: { type: 'image/jpeg', dataUrl: 'data:image/jpeg;base64,<svg onload=x>' } }))).toEqual({ kept: true, id: 'inc-1' });
    const [kept] = await incidents.getValue();
    expect(kept?.record).not.toHaveProperty('screenshot');
    expect(kept?.gaps).toEqual({ screenshot: 'failed' });
    expect(kept?.record.selectedText).toBe('That teacher should be sacked');
  });

  it('loses no copy when several are kept at once', async () => {
    const s = store();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => s.keep(copy({ selectedText: `post ${i}` }))));
    expect(results.every((r) => r.kept)).toBe(true);
    expect((await incidents.getValue()).map((i) => i.record.selectedText)).toEqual(['post 0', 'post 1', 'post 2', 'post 3', 'post 4']);
  });
});

describe('limits and retention', () => {
  it(`refuses the ${MAX_INCIDENTS + 1}th incident, saying so, and keeps the ones already kept`, async () => {
    const s = store();
    for (let i = 0; i < MAX_INCIDENTS; i++) expect((await s.keep(copy())).kept).toBe(true);
    expect(await s.keep(copy())).toEqual({ kept: false, reason: 'full' });
    expect(await incidents.getValue()).toHaveLength(MAX_INCIDENTS);
  });

  it(`refuses a copy that would take the incidents past ${MAX_INCIDENTS_BYTES} bytes`, async () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(999_000)}`;
    const s = store();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await s.keep(copy({ screenshot: { type: 'image/jpeg', dataUrl: big } })));
    expect(results.map((r) => r.kept)).toEqual([true, true, true, true, false]);
    expect(results[4]).toEqual({ kept: false, reason: 'full' });
  });

  it('says so when the browser storage itself is full, writing nothing', async () => {
    const quota = limitLocalStorage(300);
    try {
      expect(await store().keep(copy())).toEqual({ kept: false, reason: 'storage-full' });
      expect(await incidents.getValue()).toEqual([]);
    } finally {
      quota.restore();
    }
  });

  it('drops expired incidents as it writes, and keeps one at least a day when the pack keeps nothing', async () => {
    const s = store();
    now = NOW - 8 * DAY_MS;
    await s.keep(copy({ selectedText: 'old' }));
    now = NOW;
    await s.keep(copy({ selectedText: 'new' }));
    expect((await incidents.getValue()).map((i) => i.record.selectedText)).toEqual(['new']);

    await usePack({ ...DEFAULT_PACK, retentionDays: 0 });
    now = NOW + DAY_MS / 2;
    await s.keep(copy({ selectedText: 'same day' }));
    expect((await incidents.getValue()).map((i) => i.record.selectedText)).toEqual(['new', 'same day']);
  });
});

describe('the person\'s answers', () => {
  it('changes the note, the steps and the child-at-risk answer, and checks them', async () => {
    const s = store();
    await s.keep(copy());
    expect(await s.update({ id: 'inc-1', changes: { whatHappened: 'Posted about me', childAtRisk: true, steps: { reported: true } } })).toBe(true);
    expect(await s.update({ id: 'inc-1', changes: { steps: { blocked: true } } })).toBe(true);
    let record = (await incidents.getValue())[0]!.record;
    expect(record.whatHappened).toBe('Posted about me');
    expect(record.childAtRisk).toBe(true);
    expect(record.steps).toEqual({ reported: true, blocked: true, ceop: false, toldLead: false });

    // A blank note is no note.
    expect(await s.update({ id: 'inc-1', changes: { whatHappened: '   ' } })).toBe(true);
    record = (await incidents.getValue())[0]!.record;
    expect(record).not.toHaveProperty('whatHappened');

    expect(await s.update({ id: 'gone', changes: { childAtRisk: true } })).toBe(false);
    expect(await s.update({ id: 'inc-1', changes: { steps: { blocked: 'yes' } } })).toBe(false);
    expect(await s.update({ id: 'inc-1', changes: { createdAt: '2020-01-01T00:00:00Z' } })).toBe(false);
    expect(await s.update({ id: 'inc-1', changes: { whatHappened: 'x'.repeat(20_001) } })).toBe(false);
  });

  it('lets the person type the address only when the browser would not give it', async () => {
    const s = store();
    await s.keep(copy());
    await s.update({ id: 'inc-1', changes: { url: 'https://elsewhere.example/' } });
    expect((await incidents.getValue())[0]!.record.url).toBe('https://www.facebook.com/groups/1/posts/2');

    await s.keep({ capturedAt: new Date(NOW).toISOString(), gaps: { address: 'not-allowed' } });
    expect(await s.update({ id: 'inc-2', changes: { url: ' https://x.com/someone/status/1 ' } })).toBe(true);
    expect((await incidents.getValue())[1]!.record.url).toBe('https://x.com/someone/status/1');
    // Typed addresses can be corrected.
    await s.update({ id: 'inc-2', changes: { url: 'https://x.com/someone/status/2' } });
    expect((await incidents.getValue())[1]!.record.url).toBe('https://x.com/someone/status/2');
  });

  it('deletes one or all', async () => {
    const s = store();
    await s.keep(copy());
    await s.keep(copy());
    await s.keep(copy());
    expect(await s.remove(['inc-2'])).toBe(true);
    expect((await incidents.getValue()).map((i) => i.record.id)).toEqual(['inc-1', 'inc-3']);
    expect(await s.remove('all')).toBe(true);
    expect(await incidents.getValue()).toEqual([]);
  });
});
