import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_ALARM_DELAY_MS, RETENTION_ALARM, type RetentionApi, startRetention } from '../../../lib/background/retention';
import { DAY_MS, type SavedDraft } from '../../../lib/review/retention';
import { newIncidentRecord } from '../../../lib/incident/record';
import { feedback, incidents, packInForceItem, savedDrafts } from '../../../lib/storage';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const START = Date.UTC(2026, 10, 25, 12);
let now = START;
let lifetime: AbortController;

const draft = (id: string, savedAt: number): SavedDraft => ({ id, site: 'facebook', host: 'www.facebook.com', savedAt, text: 'a draft', findings: [] });
const api = (): RetentionApi => ({ alarms: fakeBrowser.alarms, now: () => now });
const ids = async () => (await savedDrafts.getValue()).map((d) => d.id);
const alarmTime = async () => (await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime;
const fire = () => fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: now });

/** The fake browser's events count listeners; the typings leave that out. */
const listening = (event: object) => (event as { hasListeners(): boolean }).hasListeners();

async function until(check: () => Promise<void>): Promise<void> {
  // 10 s: a ceiling, met in milliseconds when the machine is idle (see pack-wiring.test.ts).
  await vi.waitFor(check, { timeout: 10_000, interval: 10 });
}

beforeEach(() => {
  fakeBrowser.reset();
  now = START;
  lifetime = new AbortController();
});
afterEach(() => lifetime.abort());

describe('pruning saved drafts in the background', () => {
  it('deletes expired drafts at start and sets one alarm for the next expiry (default 7 days)', async () => {
    await savedDrafts.setValue([draft('old', START - 8 * DAY_MS), draft('two days', START - 2 * DAY_MS), draft('new', START - 1000)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect(await ids()).toEqual(['two days', 'new']));
    await until(async () => expect(await alarmTime()).toBe(START + 5 * DAY_MS));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('prunes on the alarm, re-arms it for the next draft, and clears it when nothing is kept', async () => {
    await savedDrafts.setValue([draft('a', START), draft('b', START + DAY_MS)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect(await alarmTime()).toBe(START + 7 * DAY_MS));

    now = START + 7 * DAY_MS;
    await fire();
    await until(async () => expect(await ids()).toEqual(['b']));
    await until(async () => expect(await alarmTime()).toBe(START + 8 * DAY_MS));

    now = START + 8 * DAY_MS;
    await fire();
    await until(async () => expect(await ids()).toEqual([]));
    await until(async () => expect(await alarmTime()).toBeUndefined());
  });

  it('arms the alarm when a draft is saved, and ignores other alarms', async () => {
    startRetention(api(), lifetime.signal);
    await savedDrafts.setValue([draft('saved now', START)]);
    await until(async () => expect(await alarmTime()).toBe(START + 7 * DAY_MS));
    now = START + 7 * DAY_MS;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'postguard-pack-check', scheduledTime: now });
    expect(await ids()).toEqual(['saved now']);
  });

  it('follows the pack in force: a shorter retention deletes at once', async () => {
    await savedDrafts.setValue([draft('three days', START - 3 * DAY_MS), draft('today', START - 1000)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect(await alarmTime()).toBe(START + 4 * DAY_MS));
    const pack = { ...DEFAULT_PACK, retentionDays: 2 };
    await packInForceItem.setValue({ pack, source: 'file', version: pack.version, publisher: 'Oakhollow', keyId: null, acceptedAt: START });
    await until(async () => expect(await ids()).toEqual(['today']));
    await until(async () => expect(await alarmTime()).toBe(START - 1000 + 2 * DAY_MS));
  });

  it('expires "This is wrong" reports under the same retention, on the same alarm (issue 12, point 9)', async () => {
    const report = (text: string, at: number) => ({ rule: 'r', category: 'profanity' as const, text, host: 'x.com', at: new Date(at).toISOString() });
    await feedback.setValue([report('old', START - 8 * DAY_MS), report('one day', START - DAY_MS)]);
    await savedDrafts.setValue([draft('draft', START)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect((await feedback.getValue()).map((f) => f.text)).toEqual(['one day']));
    // The report expires before the draft: the alarm is for the report.
    await until(async () => expect(await alarmTime()).toBe(START + 6 * DAY_MS));
    now = START + 6 * DAY_MS;
    await fire();
    await until(async () => expect(await feedback.getValue()).toEqual([]));
    await until(async () => expect(await alarmTime()).toBe(START + 7 * DAY_MS));
    expect(await ids()).toEqual(['draft']);
  });

  it('expires misuse incidents under the same retention, on the same alarm', async () => {
    const incident = (id: string, at: number) => ({ record: newIncidentRecord({ site: { id: 'x', name: 'X' }, url: 'https://x.com/' }, new Date(at), id), gaps: {} });
    await incidents.setValue([incident('old', START - 8 * DAY_MS), incident('two days', START - 2 * DAY_MS)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect((await incidents.getValue()).map((i) => i.record.id)).toEqual(['two days']));
    await until(async () => expect(await alarmTime()).toBe(START + 5 * DAY_MS));
    now = START + 5 * DAY_MS;
    await fire();
    await until(async () => expect(await incidents.getValue()).toEqual([]));
    await until(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
  });

  it('never asks for an alarm sooner than Chromium allows', async () => {
    await savedDrafts.setValue([draft('almost expired', START - 7 * DAY_MS + 5_000)]);
    startRetention(api(), lifetime.signal);
    await until(async () => expect(await alarmTime()).toBe(START + MIN_ALARM_DELAY_MS));
  });

  it('stops listening when aborted', async () => {
    startRetention(api(), lifetime.signal);
    expect(listening(fakeBrowser.alarms.onAlarm)).toBe(true);
    expect(listening(fakeBrowser.storage.local.onChanged) || listening(fakeBrowser.storage.onChanged)).toBe(true);
    lifetime.abort();
    expect(listening(fakeBrowser.alarms.onAlarm)).toBe(false);
    expect(listening(fakeBrowser.storage.local.onChanged)).toBe(false);
    expect(listening(fakeBrowser.storage.onChanged)).toBe(false);
  });
});
