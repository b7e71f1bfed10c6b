import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { inOrder } from '../../../lib/background/listen';
import { createRecordsStore, MAX_FEEDBACK, MAX_FEEDBACK_TEXT, MAX_NUDGE_EVENTS } from '../../../lib/background/records';
import { DAY_MS } from '../../../lib/review/retention';
import { feedback, type FeedbackEntry, nudgeEvents, packInForceItem } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const NOW = Date.UTC(2026, 11, 7, 12);
let now = NOW;
beforeEach(() => {
  fakeBrowser.reset();
  now = NOW;
});

const store = () => createRecordsStore(inOrder(), () => now);
const report = (text: string) => ({ rule: 'contact.phone', category: 'contact-details', text, host: 'www.facebook.com' });
const entry = (text: string, ageDays: number): FeedbackEntry => ({
  rule: 'r', category: 'profanity', text, host: 'x.com', at: new Date(NOW - ageDays * DAY_MS).toISOString(),
});

describe('"This is wrong" reports, written by the background (issue 12, point 9)', () => {
  it('two writers at once lose nothing (the content scripts\' read-change-write did)', async () => {
    // Two tabs' stores on the background's one queue, as the router gives them.
    const queue = inOrder();
    const [a, b] = [createRecordsStore(queue, () => now), createRecordsStore(queue, () => now)];
    await Promise.all(Array.from({ length: 50 }, (_, i) => [a.feedback(report(`a${i}`)), b.feedback(report(`b${i}`))]).flat());
    const texts = (await feedback.getValue()).map((f) => f.text).sort();
    expect(texts).toEqual([...Array.from({ length: 50 }, (_, i) => `a${i}`), ...Array.from({ length: 50 }, (_, i) => `b${i}`)].sort());
  });

  it('the unqueued read-change-write it replaces does lose reports (why the queue is needed)', async () => {
    const racy = async (text: string) => feedback.setValue([...(await feedback.getValue()), entry(text, 0)]);
    await Promise.all([racy('first tab'), racy('second tab')]);
    expect((await feedback.getValue()).length).toBeLessThan(2);
  });

  it(`keeps the newest ${MAX_FEEDBACK}, and at most ${MAX_FEEDBACK_TEXT} characters of the words`, async () => {
    const records = store();
    for (let i = 0; i < MAX_FEEDBACK + 10; i++) await records.feedback(report(`r${i}`));
    const texts = (await feedback.getValue()).map((f) => f.text);
    expect(texts).toHaveLength(MAX_FEEDBACK);
    expect(texts[0]).toBe('r10');
    expect(texts.at(-1)).toBe(`r${MAX_FEEDBACK + 9}`);
    await records.feedback(report('w'.repeat(5_000)));
    expect((await feedback.getValue()).at(-1)!.text).toHaveLength(MAX_FEEDBACK_TEXT);
  });

  it('drops reports past the pack\'s retention as it writes, and stamps the time itself', async () => {
    await feedback.setValue([entry('eight days', 8), entry('two days', 2)]);
    await store().feedback({ ...report('now'), at: '2000-01-01T00:00:00Z' });
    expect(await feedback.getValue()).toEqual([
      entry('two days', 2),
      { rule: 'contact.phone', category: 'contact-details', text: 'now', host: 'www.facebook.com', at: new Date(NOW).toISOString() },
    ]);
    const pack = { ...DEFAULT_PACK, retentionDays: 1 };
    await packInForceItem.setValue({ pack, source: 'file', version: pack.version, publisher: 'Test', keyId: null, acceptedAt: NOW });
    await store().feedback(report('later'));
    expect((await feedback.getValue()).map((f) => f.text)).toEqual(['now', 'later']);
  });

  it('refuses what is not a report', async () => {
    const records = store();
    expect(await records.feedback({ ...report('x'), category: 'made-up' })).toBe(false);
    expect(await records.feedback('a string')).toBe(false);
    expect(await feedback.getValue()).toEqual([]);
  });
});

describe('nudge counts, written by the background', () => {
  it('two writers at once lose nothing', async () => {
    const queue = inOrder();
    const [a, b] = [createRecordsStore(queue, () => now), createRecordsStore(queue, () => now)];
    await Promise.all(Array.from({ length: 30 }, () => [a.nudged({ categories: ['profanity'] }), b.nudged({ categories: ['sexual', 'violence'] })]).flat());
    expect(await nudgeEvents.getValue()).toHaveLength(90);
  });

  it(`keeps 30 days and at most ${MAX_NUDGE_EVENTS} events`, async () => {
    await nudgeEvents.setValue([{ at: NOW - 31 * DAY_MS, category: 'profanity' }, ...Array.from({ length: MAX_NUDGE_EVENTS }, () => ({ at: NOW - DAY_MS, category: 'sexual' as const }))]);
    await store().nudged({ categories: ['violence'] });
    const events = await nudgeEvents.getValue();
    expect(events).toHaveLength(MAX_NUDGE_EVENTS);
    expect(events.at(-1)).toEqual({ at: NOW, category: 'violence' });
    expect(events.some((e) => e.category === 'profanity')).toBe(false);
  });
});
