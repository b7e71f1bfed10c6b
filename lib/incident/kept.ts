import { z } from 'zod';
import { firstExpiry, keptWithin } from '../review/retention';
import { checkedIncidentRecord, type IncidentRecord } from './record';
import type { CaptureGaps } from './capture';

/**
 * Incidents as kept on the device (storage.local, written only by the background:
 * lib/background/incidents.ts): the record for the school's log, and what could not be
 * copied, so the incident page can say why. Pure, so the background, the page and the
 * tests agree on what has expired.
 */
export interface StoredIncident {
  record: IncidentRecord;
  gaps: CaptureGaps;
}

/**
 * Incidents follow the pack's retentionDays as saved drafts do, but stay at least a day:
 * a school that keeps no drafts (0 days) must still let a person export the copy they
 * have just made (policy section 9: the school logs incidents).
 */
export function incidentRetentionDays(days: number): number {
  return Math.max(days, 1);
}

/** The incidents still inside the retention at `now` (made in the future past a day: a clock gone wrong, dropped). */
export function keptIncidents(incidents: readonly StoredIncident[], now: number, days: number): StoredIncident[] {
  return keptWithin(incidents, createdAt, now, incidentRetentionDays(days));
}

/** When the next incident expires (one alarm, as for drafts), or null when none is kept. */
export function nextIncidentExpiry(incidents: readonly StoredIncident[], days: number): number | null {
  return firstExpiry(incidents, createdAt, incidentRetentionDays(days));
}

const createdAt = (incident: StoredIncident) => Date.parse(incident.record.createdAt);

/** The longest note kept: pages of it would be a statement, which belongs in the school's own log. */
export const MAX_NOTE_CHARS = 20_000;

/** What the incident page may change: the person's own answers, never the copy itself. */
export const IncidentChangesSchema = z.strictObject({
  whatHappened: z.string().max(MAX_NOTE_CHARS).optional(),
  childAtRisk: z.boolean().optional(),
  steps: z
    .strictObject({ reported: z.boolean(), blocked: z.boolean(), ceop: z.boolean(), toldLead: z.boolean() })
    .partial()
    .optional(),
  /** Only when the browser would not give the address: the person may paste it. */
  url: z.string().max(8192).optional(),
});
export type IncidentChanges = z.infer<typeof IncidentChangesSchema>;

/**
 * The incident's record with the person's changes, checked again; null when the result
 * is not a valid record. A captured address is evidence and stays as it was: only one
 * the browser would not give (`gaps.address`) may be typed in. A blank note or address
 * is no note or address.
 */
export function withChanges({ record, gaps }: StoredIncident, changes: IncidentChanges): IncidentRecord | null {
  // Only the steps named: a message carrying `{ blocked: undefined }` leaves that step as it was.
  const steps = Object.fromEntries(Object.entries(changes.steps ?? {}).filter(([, done]) => typeof done === 'boolean'));
  const next: Record<string, unknown> = { ...record, steps: { ...record.steps, ...steps } };
  if (changes.childAtRisk !== undefined) next.childAtRisk = changes.childAtRisk;
  if (changes.whatHappened !== undefined) next.whatHappened = changes.whatHappened.trim() === '' ? undefined : changes.whatHappened;
  if (changes.url !== undefined && gaps.address) next.url = changes.url.trim() === '' ? undefined : changes.url.trim();
  return checkedIncidentRecord(next);
}
