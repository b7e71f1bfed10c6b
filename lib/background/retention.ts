import { getPackInForce, watchPackInForce } from '../pack-in-force';
import { keptDrafts, keptFeedback, nextExpiry, nextFeedbackExpiry, retentionDays } from '../review/retention';
import { keptIncidents, nextIncidentExpiry } from '../incident/kept';
import { feedback, incidents, savedDrafts } from '../storage';
import { type ExtensionEvent, inOrder, listen } from './listen';
import { createDraftStore, type DraftStore } from './saved-drafts';

export const RETENTION_ALARM = 'postguard-drafts-expiry';

/** Chromium fires an alarm no sooner than 30 s after it is set in a packed extension; asking for less only logs a warning. */
export const MIN_ALARM_DELAY_MS = 30_000;

export interface RetentionApi {
  alarms: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): Promise<boolean>;
    onAlarm: ExtensionEvent<(alarm: { name: string }) => void>;
  };
  now(): number;
}

/**
 * Deletes saved drafts once the pack's retention runs out (issue 5: "deleted
 * automatically after the pack's retention"): when the worker starts, whenever
 * the drafts or the pack in force change, and on one alarm set for the next
 * draft to expire. One alarm, re-armed after each prune, rather than a poll:
 * the worker can sleep until there is something to delete.
 */
export function startRetention(api: RetentionApi, signal: AbortSignal, queue = inOrder()): DraftStore {
  // One change at a time, saves, deletes and freeing space included (lib/background/saved-drafts.ts, room.ts).
  const store = createDraftStore(queue, api.now, () => crypto.randomUUID());
  if (signal.aborted) return store;
  const prune = () => void queue(() => pruneDrafts(api)).catch((e) => console.warn('postguard: pruning saved drafts failed', e));

  listen(api.alarms.onAlarm, (alarm) => alarm.name === RETENTION_ALARM && prune(), signal);
  // Our own write below fires this once more; that prune finds nothing to delete and only re-arms.
  const unwatch = savedDrafts.watch(() => prune());
  signal.addEventListener('abort', unwatch, { once: true });
  // "This is wrong" reports keep flagged words: they expire the same way (issue 12, point 9).
  const unwatchFeedback = feedback.watch(() => prune());
  signal.addEventListener('abort', unwatchFeedback, { once: true });
  // Misuse incidents keep screenshots and what people wrote: they expire too (lib/incident/kept.ts).
  const unwatchIncidents = incidents.watch(() => prune());
  signal.addEventListener('abort', unwatchIncidents, { once: true });
  watchPackInForce(() => prune(), signal);
  prune();
  return store;
}

/** Drops expired drafts, reports and incidents, then sets the alarm for the next expiry, or clears it when nothing is kept. */
export async function pruneDrafts(api: RetentionApi): Promise<void> {
  const days = retentionDays((await getPackInForce()).retentionDays);
  // Safe to read, change and write back: every writer of the drafts and reports runs on the same queue.
  const all = await savedDrafts.getValue();
  const now = api.now();
  const kept = keptDrafts(all, now, days);
  if (kept.length !== all.length) await savedDrafts.setValue(kept);
  const reports = await feedback.getValue();
  const keptReports = keptFeedback(reports, now, days);
  if (keptReports.length !== reports.length) await feedback.setValue(keptReports);

  const allIncidents = await incidents.getValue();
  const keptIncidentList = keptIncidents(allIncidents, now, days);
  if (keptIncidentList.length !== allIncidents.length) await incidents.setValue(keptIncidentList);

  const expiries = [nextExpiry(kept, days), nextFeedbackExpiry(keptReports, days), nextIncidentExpiry(keptIncidentList, days)].filter((t) => t !== null);
  if (!expiries.length) await api.alarms.clear(RETENTION_ALARM);
  else await api.alarms.create(RETENTION_ALARM, { when: Math.max(Math.min(...expiries), now + MIN_ALARM_DELAY_MS) });
}
