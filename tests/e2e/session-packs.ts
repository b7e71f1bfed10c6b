import type { PackV2, SessionTimes } from '../../rules/schema';
import { schoolPack } from '../unit/background/pack-builder';

/**
 * Session times for the specs of issue 15, point 4, so "within a session" holds at test time
 * with no fake clock in the browser. The school's clock is put in a fixed-offset zone where
 * it is now about midday, so a session of all seven days, 00:00-23:59, holds for hours
 * whatever the machine's time (23:59 itself is outside: the end minute is not in a session).
 */
const EVERY_DAY: SessionTimes['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** An Etc/GMT zone whose wall clock shows about 12:00 now (POSIX names: Etc/GMT-5 is UTC+5). */
export function zoneAtMidday(now = new Date()): string {
  const offset = 12 - now.getUTCHours();
  return offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** Within a session now: every day, the whole day, no terms. */
export function sessionCoveringNow(): SessionTimes {
  return { timeZone: zoneAtMidday(), days: EVERY_DAY, start: '00:00', end: '23:59' };
}

/** The control: the same hours, but the only term was in 2020, so now is outside any session. */
export function sessionExcludingNow(): SessionTimes {
  return { ...sessionCoveringNow(), terms: [{ start: '2020-01-06', end: '2020-04-03' }] };
}

/** What the reminder line names for these session times. */
export const EVERY_DAY_HOURS = 'Every day 00:00–23:59';

/** Version `version` of the test school's pack with these session times (none: the pack has none). */
export function packWithSession(version: number, sessionTimes?: SessionTimes): PackV2 {
  return schoolPack(version, sessionTimes ? { sessionTimes } : {});
}
