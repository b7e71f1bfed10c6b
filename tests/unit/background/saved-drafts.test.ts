import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { inOrder } from '../../../lib/background/listen';
import { createDraftStore } from '../../../lib/background/saved-drafts';
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
    expect(await Promise.all(saves)).toEqual(Array(20).fill(true));
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
    expect(await drafts.save({ site: 'x', host: 'x.com', text: '', findings: [] })).toBe(false);
    expect(await drafts.save({ site: 'x', text: 'no host', findings: [] })).toBe(false);
    expect(await drafts.save({ site: 'x', host: 'x.com', text: TEXT, findings: [{ category: 'made-up' }] })).toBe(false);
    expect(await drafts.save('a string')).toBe(false);
    expect(await savedDrafts.getValue()).toEqual([]);
    const fits = finding();
    expect(await drafts.save({ site: 'x', host: 'x.com', text: TEXT, findings: [fits, finding({ start: 5, end: 500 })] })).toBe(true);
    expect((await savedDrafts.getValue())[0]!.findings).toEqual([fits]);
  });
});
