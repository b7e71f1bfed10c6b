import type { SessionTimes } from '../../rules/schema';
import { describeSessionHours, withinSession } from '../schedule/session-times';

/**
 * Policy section 4: staff use social media on their own devices, outside session times.
 * When the pack in force has session times and Post is pressed within one, the pause
 * carries a gentle reminder, not a finding (issue 15, point 4). Returns the session's days
 * and hours for that line ("Mon–Fri 08:45–15:30"), or undefined: no session times, or
 * `at` outside them (another day, before or after hours, out of term, a closure).
 * Throws only for times that never passed SessionTimesSchema (an unknown time zone).
 */
export function sessionReminder(times: SessionTimes | undefined, at: number): string | undefined {
  if (!times || !withinSession(times, new Date(at))) return undefined;
  return describeSessionHours(times);
}
