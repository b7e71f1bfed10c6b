/**
 * Session times: is a moment inside the school day? Policy section 4 asks staff
 * to use social media on their own devices only outside session times, so the
 * pre-post pause adds a gentle reminder when someone posts within them.
 *
 * Everything is wall-clock time in the school's time zone, never a fixed UTC
 * offset, so a session starts at 08:45 on both sides of a clock change, and the
 * date checked against term dates and closures is the school's local date.
 *
 * Pure: no browser globals, nothing beyond Intl (Node 20 and browsers alike).
 * Times are expected to have passed SessionTimesSchema (rules/schema.ts); an
 * unknown time zone makes Intl throw a RangeError.
 */
import type { SessionTimes, Weekday } from '../../rules/schema';

export const DEFAULT_TIME_ZONE = 'Europe/London';
const DAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** Date.getUTCDay() order: Sunday first. */
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface WallTime {
  /** Local date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight (seconds dropped). */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The date, weekday and time of day a wall clock in `timeZone` shows at `at`. */
export function localWallTime(at: Date, timeZone: string): WallTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  // Some engines once wrote midnight as 24 even with h23; treat it as 0.
  const minutes = (Number(parts.hour) % 24) * 60 + Number(parts.minute);
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  // The weekday follows from the local date itself: no locale names to parse.
  const weekday = BY_UTC_DAY[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  return { date, weekday, minutes };
}

/**
 * True when `at` falls in a session: on one of the school's days, inside a
 * term (when terms are given; none or an empty list means every week), not in
 * a closure, and at a local time in [start, end).
 */
export function withinSession(times: SessionTimes, at: Date): boolean {
  const local = localWallTime(at, times.timeZone ?? DEFAULT_TIME_ZONE);
  if (!(times.days ?? DEFAULT_DAYS).includes(local.weekday)) return false;
  if (times.terms?.length && !times.terms.some((r) => inRange(local.date, r))) return false;
  if (times.closures?.some((r) => inRange(local.date, r))) return false;
  return local.minutes >= clockMinutes(times.start) && local.minutes < clockMinutes(times.end);
}

/** A short summary for the popup: "Mon–Fri 08:45–15:30 (Europe/London), in term time (3 terms), 2 closures". */
export function describeSession(times: SessionTimes): string {
  const parts = [
    `${describeSessionHours(times)} (${times.timeZone ?? DEFAULT_TIME_ZONE})`,
    times.terms?.length ? `in term time (${plural(times.terms.length, 'term')})` : 'every week',
  ];
  if (times.closures?.length) parts.push(plural(times.closures.length, 'closure'));
  return parts.join(', ');
}

/** Just the days and hours, "Mon–Fri 08:45–15:30": the pause's reminder is read at a moment already within them. */
export function describeSessionHours(times: SessionTimes): string {
  return `${describeDays(times.days ?? DEFAULT_DAYS)} ${times.start}–${times.end}`;
}

/** "Mon–Fri", "Mon, Wed, Fri", "Every day": runs of three or more days become ranges. */
function describeDays(days: readonly Weekday[]): string {
  const sorted = DAY_ORDER.filter((d) => days.includes(d));
  if (sorted.length === DAY_ORDER.length) return 'Every day';
  const runs: Weekday[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && DAY_ORDER.indexOf(d) === DAY_ORDER.indexOf(last) + 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${title(run[0]!)}–${title(run[run.length - 1]!)}` : run.map(title).join(', ')))
    .join(', ');
}

/** ISO dates compare correctly as strings; both ends included. */
function inRange(date: string, range: { start: string; end: string }): boolean {
  return range.start <= date && date <= range.end;
}

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const title = (d: Weekday) => d[0]!.toUpperCase() + d.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
