import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { inOrder } from '../../../lib/background/listen';
import { jsonBytes } from '../../../lib/background/room';
import { createDraftStore, MAX_DRAFT_BYTES, MAX_SAVED_BYTES, MAX_SAVED_DRAFTS } from '../../../lib/background/saved-drafts';
import { limitLocalStorage } from '../helpers/quota-storage';
import { DAY_MS } from '../../../lib/review/retention';
import { savedDrafts } from '../../../lib/storage';
import { finding } from '../components/fixtures';

const NOW = 100 * DAY_MS;
const TEXT = 'Hi, 07700 900 246 is my number';

beforeEach(() => fakeBrowser.reset());

function store() {
  let n = 0;
  return createDraftStore(inOrder(), () => NOW, () => `id${++n}`);
}

describe('the saved drafts store (the one writer)', () => {
  it('keeps every draft when many tabs save at once', async () => {
    const drafts = store();
    const saves = Array.from({ length: 20 }, (_, i) => drafts.save({ site: 'x', host: 'x.com', text: `${TEXT} ${i}`, findings: [] }));
    expect(await Promise.all(saves)).toEqual(Array(20).fill({ saved: true }));
    expect((await savedDrafts.getValue()).map((d) => d.text)).toEqual(Array.from({ length: 20 }, (_, i) => `${TEXT} ${i}`));
  });

  it('loses no save that comes while a delete is under way', async () => {
    const drafts = store();
    await drafts.save({ site: 'x', host: 'x.com', text: 'first', findings: [] });
    await Promise.all([drafts.remove(['id1']), drafts.save({ site: 'x', host: 'x.com', text: 'second', findings: [] })]);
    expect((await savedDrafts.getValue()).map((d) => d.text)).toEqual(['second']);
  });

  it('drops expired drafts as it writes', async () => {
    await savedDrafts.setValue([{ id: 'old', site: 'x', host: 'x.com', savedAt: NOW - 8 * DAY_MS, text: 'old', findings: [] }]);
    await store().save({ site: 'x', host: 'x.com', text: 'new', findings: [] });
    expect((await savedDrafts.getValue()).map((d) => d.text)).toEqual(['new']);
  });

  it('refuses what is not a draft, and drops findings that do not fit the text', async () => {
    const drafts = store();
    expect(await drafts.save({ site: 'x', host: 'x.com', text: '', findings: [] })).toEqual({ saved: false, reason: 'invalid' });
    expect(await drafts.save({ site: 'x', text: 'no host', findings: [] })).toEqual({ saved: false, reason: 'invalid' });
    expect(await drafts.save({ site: 'x', host: 'x.com', text: TEXT, findings: [{ category: 'made-up' }] })).toEqual({ saved: false, reason: 'invalid' });
    expect(await drafts.save('a string')).toEqual({ saved: false, reason: 'invalid' });
    expect(await savedDrafts.getValue()).toEqual([]);
    const fits = finding();
    expect(await drafts.save({ site: 'x', host: 'x.com', text: TEXT, findings: [fits, finding({ start: 5, end: 500 })] })).toEqual({ saved: true });
    expect((await savedDrafts.getValue())[0]!.findings).toEqual([fits]);
  });
});

describe('the limits on saved drafts (issue 12, point 3)', () => {
  const input = (text: string) => ({ site: 'x', host: 'x.com', text, findings: [] });

  it(`refuses the ${MAX_SAVED_DRAFTS + 1}th draft, saying so, and keeps the ${MAX_SAVED_DRAFTS} already saved`, async () => {
    const drafts = store();
    const saves = await Promise.all(Array.from({ length: MAX_SAVED_DRAFTS + 5 }, (_, i) => drafts.save(input(`draft ${i}`))));
    expect(saves.filter((s) => s.saved)).toHaveLength(MAX_SAVED_DRAFTS);
    expect(saves.slice(MAX_SAVED_DRAFTS)).toEqual(Array(5).fill({ saved: false, reason: 'full' }));
    const kept = await savedDrafts.getValue();
    expect(kept.map((d) => d.text)).toEqual(Array.from({ length: MAX_SAVED_DRAFTS }, (_, i) => `draft ${i}`));
  });

  it('refuses a draft that would take the saved drafts past their bytes in all', async () => {
    const drafts = store();
    const long = 'x'.repeat(200_000);
    const saves = [];
    for (let i = 0; i < 6; i++) saves.push(await drafts.save(input(`${i} ${long}`)));
    expect(saves.map((s) => s.saved)).toEqual([true, true, true, true, true, false]);
    expect(saves[5]).toEqual({ saved: false, reason: 'full' });
    expect(jsonBytes(await savedDrafts.getValue())).toBeLessThanOrEqual(MAX_SAVED_BYTES);
  });

  it('refuses one draft longer than the longest post, before it reaches storage', async () => {
    const drafts = store();
    expect(await drafts.save(input('x'.repeat(MAX_DRAFT_BYTES + 1)))).toEqual({ saved: false, reason: 'too-big' });
    // 3 bytes a character in UTF-8: under the length limit, over the byte limit.
    expect(await drafts.save(input('€'.repeat(100_000)))).toEqual({ saved: false, reason: 'too-big' });
    // Facebook's longest post, 63,206 characters, fits even when every one takes 3 bytes.
    expect(await drafts.save(input('€'.repeat(63_206)))).toEqual({ saved: true });
    expect(await savedDrafts.getValue()).toHaveLength(1);
  });

  it('counts only drafts inside the retention: expired ones make room', async () => {
    const old = Array.from({ length: MAX_SAVED_DRAFTS }, (_, i) => ({ id: `old${i}`, site: 'x', host: 'x.com', savedAt: NOW - 8 * DAY_MS, text: 'old', findings: [] }));
    await savedDrafts.setValue(old);
    expect(await store().save(input('new'))).toEqual({ saved: true });
    expect((await savedDrafts.getValue()).map((d) => d.text)).toEqual(['new']);
  });

  it('says the storage is full when the browser refuses the write, and claims nothing', async () => {
    await savedDrafts.setValue([]);
    const quota = limitLocalStorage(2_000);
    try {
      expect(await store().save(input('y'.repeat(3_000)))).toEqual({ saved: false, reason: 'storage-full' });
      expect(await savedDrafts.getValue()).toEqual([]);
    } finally {
      quota.restore();
    }
  });
});
