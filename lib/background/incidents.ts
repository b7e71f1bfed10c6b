import { z } from 'zod';
import { MAX_SCREENSHOT_CHARS, MAX_SELECTED_CHARS } from '../incident/capture';
import { IncidentChangesSchema, keptIncidents, type StoredIncident, withChanges } from '../incident/kept';
import { type IncidentInput, newIncidentRecord } from '../incident/record';
import { incidentSiteOf } from '../incident/site';
import type { KeepIncidentResult } from '../messages';
import { getPackInForce } from '../pack-in-force';
import { retentionDays } from '../review/retention';
import { incidents } from '../storage';
import type { Pack } from '../../rules/schema';
import { isQuotaError, jsonBytes } from './room';

/**
 * The one writer of misuse incidents ("Report misuse": policy section 9 and Appendix A).
 * The popup keeps a copy, the incident page changes the person's answers and deletes,
 * the retention prunes: each a read-change-write of one storage item, so each is a job
 * on the background's one queue, as for saved drafts (./saved-drafts.ts).
 *
 * Limits: 20 incidents and 4 MiB in all. A screenshot is most of an incident (at most
 * ~1 MB as a data: URL, lib/incident/capture.ts; 100-250 kB is usual). Chromium gives
 * storage.local 10 MiB: the pack in force and the one before it (2 MiB each at most),
 * the saved drafts (1 MiB) and these still leave room for the small records, so
 * incidents are never what lib/background/room.ts frees. Past a limit the copy is
 * refused and the person told so; incidents they kept are never dropped for a new one.
 */
export const MAX_INCIDENTS = 20;
export const MAX_INCIDENTS_BYTES = 4 * 1024 * 1024;

/** The sections of the default policy a misuse incident falls under: misuse (7), the school's log (9), Appendix A. */
const INCIDENT_SECTIONS = ['7', '9', 'A'];

export interface IncidentStore {
  /** Keeps the copy "Report misuse" took, with the school and lead from the pack in force. */
  keep(input: unknown): Promise<KeepIncidentResult>;
  /** Applies the person's changes to one incident; false when it is gone or the change is not valid. */
  update(input: unknown): Promise<boolean>;
  remove(ids: readonly string[] | 'all'): Promise<boolean>;
}

/** What the popup sends (lib/incident/capture.ts), checked again here: any extension page could send it. */
const CaptureSchema = z.strictObject({
  url: z.string().min(1).max(8192).optional(),
  pageTitle: z.string().max(2000).optional(),
  capturedAt: z.iso.datetime({ offset: true }),
  screenshot: z.strictObject({ type: z.literal('image/jpeg'), dataUrl: z.string().max(MAX_SCREENSHOT_CHARS) }).optional(),
  selectedText: z.string().max(MAX_SELECTED_CHARS).optional(),
  gaps: z.strictObject({
    address: z.literal('not-allowed').optional(),
    screenshot: z.enum(['not-allowed', 'not-shown', 'too-large', 'failed']).optional(),
    selection: z.enum(['not-allowed', 'failed']).optional(),
  }),
});

const UpdateSchema = z.strictObject({ id: z.string().min(1).max(100), changes: IncidentChangesSchema });

/** The school and its lead as the pack in force names them, and the sections of its policy that apply. */
function fromPack(pack: Pack): Pick<IncidentInput, 'school' | 'policy'> {
  const school: NonNullable<IncidentInput['school']> = { name: pack.profile.school.name };
  if (pack.safeguardingLead) school.safeguardingLead = pack.safeguardingLead;
  const sections = INCIDENT_SECTIONS.filter((id) => pack.policy.sections.some((section) => section.id === id));
  return { school, ...(sections.length ? { policy: { sections } } : {}) };
}

export function createIncidentStore(queue: <T>(job: () => Promise<T>) => Promise<T>, now: () => number, newId: () => string): IncidentStore {
  /** Writes the list, or says the browser's storage is full (nothing was written then). */
  async function write(list: StoredIncident[]): Promise<'ok' | 'storage-full'> {
    try {
      await incidents.setValue(list);
      return 'ok';
    } catch (error) {
      if (isQuotaError(error)) return 'storage-full';
      throw error;
    }
  }

  return {
    keep(input) {
      const parsed = CaptureSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve({ kept: false, reason: 'invalid' } as const);
      const { gaps, ...copy } = parsed.data;
      return queue(async (): Promise<KeepIncidentResult> => {
        const pack = await getPackInForce();
        const kept = keptIncidents(await incidents.getValue(), now(), retentionDays(pack.retentionDays));
        const id = newId();
        const make = (shot: typeof copy.screenshot) =>
          newIncidentRecord({ ...copy, screenshot: shot, site: incidentSiteOf(copy.url), ...fromPack(pack) }, new Date(now()), id);
        let entry: StoredIncident;
        try {
          entry = { record: make(copy.screenshot), gaps };
        } catch {
          // A screenshot that is not a JPEG data: URL must not cost the rest of the copy.
          if (!copy.screenshot) return { kept: false, reason: 'invalid' };
          entry = { record: make(undefined), gaps: { ...gaps, screenshot: 'failed' } };
        }
        if (kept.length >= MAX_INCIDENTS || jsonBytes(kept) + jsonBytes(entry) > MAX_INCIDENTS_BYTES) return { kept: false, reason: 'full' };
        if ((await write([...kept, entry])) === 'storage-full') return { kept: false, reason: 'storage-full' };
        return { kept: true, id: entry.record.id };
      });
    },
    update(input) {
      const parsed = UpdateSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve(false);
      const { id, changes } = parsed.data;
      return queue(async () => {
        const all = await incidents.getValue();
        const index = all.findIndex((incident) => incident.record.id === id);
        const record = index >= 0 ? withChanges(all[index]!, changes) : null;
        if (!record) return false;
        const next = all.map((incident, i) => (i === index ? { ...incident, record } : incident));
        if (jsonBytes(next) > MAX_INCIDENTS_BYTES) return false;
        return (await write(next)) === 'ok';
      });
    },
    remove(ids) {
      return queue(async () => {
        const all = await incidents.getValue();
        await incidents.setValue(ids === 'all' ? [] : all.filter((incident) => !ids.includes(incident.record.id)));
        return true;
      });
    },
  };
}
