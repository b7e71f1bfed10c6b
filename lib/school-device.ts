import { managedArea } from './managed-via-background';
import { schoolDeviceAuthorisedItem, type SchoolDeviceAuthorised } from './storage';

/**
 * Policy section 4: no social media on school devices without leadership's authorisation
 * (issue 15, point 4). IT says a browser is the school's through managed policy
 * (`schoolDevice`, public/managed_schema.json); the watched sites then show a quiet notice
 * (lib/compose/school-device-notice.ts) until the person says they are authorised, which
 * holds for the rest of that local day. Off unless the policy turns it on.
 */
export interface ManagedReadable {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * True only for a policy that says `true`: Firefox does not check policy types, and a
 * string "false" must not turn the notice on. False with no policy, or when reading
 * throws (Firefox: "Managed storage manifest not found"). A content script passes the
 * background's copy (lib/managed-via-background.ts), never storage.managed.
 */
export async function readSchoolDevice(area: ManagedReadable | undefined = managedArea()): Promise<boolean> {
  try {
    return (await area?.get(null))?.schoolDevice === true;
  } catch {
    return false;
  }
}

/** The browser's local date, YYYY-MM-DD: "today" as the person at the device counts it. */
export function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether the say-so on record is for the day `now` falls on. */
export function authorisedOn(record: SchoolDeviceAuthorised | null | undefined, now: number): boolean {
  return !!record && record.date === localDate(now);
}

/** Milliseconds from `now` to the next local midnight, when a day's say-so runs out. */
export function msUntilTomorrow(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - now;
}

/** Background side, the record's one writer: the person's say-so for today. */
export async function recordAuthorisedToday(now: number): Promise<boolean> {
  await schoolDeviceAuthorisedItem.setValue({ date: localDate(now), at: now });
  return true;
}

