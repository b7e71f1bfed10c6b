import { describe, expect, it } from 'vitest';
import { parseWith, SessionTimesSchema, type SessionTimes } from '../../rules/schema';
import { describeSession, localWallTime, withinSession } from '../../lib/schedule/session-times';

// Every instant below is written in UTC, so the tests never lean on the module's own arithmetic.
const at = (iso: string) => new Date(iso);
const school: SessionTimes = { timeZone: 'Europe/London', start: '08:45', end: '15:30' };
const inSession = (times: SessionTimes, iso: string) => withinSession(times, at(iso));

describe('localWallTime', () => {
  it('reads the date, weekday and minutes a local clock shows', () => {
    expect(localWallTime(at('2026-01-14T08:44:59Z'), 'Europe/London')).toEqual({ date: '2026-01-14', weekday: 'wed', minutes: 8 * 60 + 44 });
    expect(localWallTime(at('2026-07-14T08:44:00Z'), 'Europe/London')).toEqual({ date: '2026-07-14', weekday: 'tue', minutes: 9 * 60 + 44 });
  });

  it('jumps an hour when BST starts and goes back when it ends', () => {
    expect(localWallTime(at('2026-03-29T00:59:00Z'), 'Europe/London')).toEqual({ date: '2026-03-29', weekday: 'sun', minutes: 59 });
    expect(localWallTime(at('2026-03-29T01:00:00Z'), 'Europe/London')).toEqual({ date: '2026-03-29', weekday: 'sun', minutes: 120 });
    expect(localWallTime(at('2026-10-25T00:59:00Z'), 'Europe/London').minutes).toBe(60 + 59);
    expect(localWallTime(at('2026-10-25T01:00:00Z'), 'Europe/London').minutes).toBe(60);
  });

  it('writes local midnight as 00:00 of the next day, never 24:00', () => {
    expect(localWallTime(at('2026-06-01T23:00:00Z'), 'Europe/London')).toEqual({ date: '2026-06-02', weekday: 'tue', minutes: 0 });
  });

  it('uses the local date where it differs from the UTC date', () => {
    expect(localWallTime(at('2026-03-29T18:30:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-03-30', weekday: 'mon', minutes: 0 });
    expect(localWallTime(at('2026-03-29T19:30:00Z'), 'Pacific/Auckland')).toEqual({ date: '2026-03-30', weekday: 'mon', minutes: 8 * 60 + 30 });
    expect(localWallTime(at('2026-03-28T01:00:00Z'), 'Pacific/Honolulu')).toEqual({ date: '2026-03-27', weekday: 'fri', minutes: 15 * 60 });
  });
});

describe('withinSession', () => {
  it('is within on a weekday and never at the weekend', () => {
    expect(inSession(school, '2026-01-16T12:00:00Z')).toBe(true); // Friday
    expect(inSession(school, '2026-01-17T12:00:00Z')).toBe(false); // Saturday
    expect(inSession(school, '2026-01-18T12:00:00Z')).toBe(false); // Sunday
    expect(inSession(school, '2026-01-19T12:00:00Z')).toBe(true); // Monday
  });

  it('includes the start minute and excludes the end minute', () => {
    expect(inSession(school, '2026-01-14T08:44:59Z')).toBe(false);
    expect(inSession(school, '2026-01-14T08:45:00Z')).toBe(true);
    expect(inSession(school, '2026-01-14T15:29:59Z')).toBe(true);
    expect(inSession(school, '2026-01-14T15:30:00Z')).toBe(false);
  });

  it('keeps the session at 08:45 local across the spring clock change', () => {
    expect(inSession(school, '2026-03-27T08:50:00Z')).toBe(true); // Fri 08:50 GMT
    expect(inSession(school, '2026-03-27T08:40:00Z')).toBe(false); // Fri 08:40 GMT
    expect(inSession(school, '2026-03-30T07:50:00Z')).toBe(true); // Mon 08:50 BST
    expect(inSession(school, '2026-03-30T07:40:00Z')).toBe(false); // Mon 08:40 BST
    expect(inSession(school, '2026-03-30T14:29:00Z')).toBe(true); // Mon 15:29 BST
    expect(inSession(school, '2026-03-30T14:30:00Z')).toBe(false); // Mon 15:30 BST
  });

  it('keeps the session at 08:45 local across the autumn clock change', () => {
    expect(inSession(school, '2026-10-23T07:45:00Z')).toBe(true); // Fri 08:45 BST
    expect(inSession(school, '2026-10-23T07:44:00Z')).toBe(false); // Fri 08:44 BST
    expect(inSession(school, '2026-10-26T08:45:00Z')).toBe(true); // Mon 08:45 GMT
    expect(inSession(school, '2026-10-26T07:45:00Z')).toBe(false); // Mon 07:45 GMT
    expect(inSession(school, '2026-10-26T15:29:00Z')).toBe(true); // Mon 15:29 GMT
  });

  it('counts the first and last day of a term and not the days either side', () => {
    const times: SessionTimes = { ...school, terms: [{ start: '2026-09-03', end: '2026-10-22' }] };
    expect(inSession(times, '2026-09-02T11:00:00Z')).toBe(false); // Wed, day before
    expect(inSession(times, '2026-09-03T11:00:00Z')).toBe(true); // Thu, first day
    expect(inSession(times, '2026-10-22T11:00:00Z')).toBe(true); // Thu, last day
    expect(inSession(times, '2026-10-23T11:00:00Z')).toBe(false); // Fri, day after
  });

  it('is within when any of several terms holds the day', () => {
    const times: SessionTimes = {
      ...school,
      terms: [
        { start: '2026-01-05', end: '2026-03-27' },
        { start: '2026-04-13', end: '2026-07-22' },
      ],
    };
    expect(inSession(times, '2026-03-27T12:00:00Z')).toBe(true);
    expect(inSession(times, '2026-04-01T11:00:00Z')).toBe(false); // Easter holiday
    expect(inSession(times, '2026-04-13T11:00:00Z')).toBe(true);
    expect(inSession(times, '2026-07-23T11:00:00Z')).toBe(false);
  });

  it('has no session on a closure inside a term, both ends included', () => {
    const times: SessionTimes = {
      ...school,
      terms: [{ start: '2026-09-03', end: '2026-12-18' }],
      closures: [
        { start: '2026-10-26', end: '2026-10-30' }, // half term
        { start: '2026-11-02', end: '2026-11-02' }, // INSET day
      ],
    };
    expect(inSession(times, '2026-10-23T11:00:00Z')).toBe(true);
    expect(inSession(times, '2026-10-26T12:00:00Z')).toBe(false);
    expect(inSession(times, '2026-10-30T12:00:00Z')).toBe(false);
    expect(inSession(times, '2026-11-02T12:00:00Z')).toBe(false);
    expect(inSession(times, '2026-11-03T12:00:00Z')).toBe(true);
  });

  it('treats every week as a school week when no terms are given', () => {
    const august = '2026-08-05T11:00:00Z'; // a Wednesday in the summer holiday
    expect(inSession(school, august)).toBe(true);
    expect(inSession({ ...school, terms: [] }, august)).toBe(true);
    expect(inSession({ ...school, terms: [{ start: '2026-09-03', end: '2026-12-18' }] }, august)).toBe(false);
    expect(inSession({ ...school, closures: [{ start: '2026-08-03', end: '2026-08-07' }] }, august)).toBe(false);
  });

  it('defaults to Monday to Friday in Europe/London', () => {
    const bare: SessionTimes = { start: '08:45', end: '15:30' };
    expect(inSession(bare, '2026-03-30T07:50:00Z')).toBe(true); // 08:50 BST: London, not UTC
    expect(inSession({ ...bare, timeZone: 'UTC' }, '2026-03-30T07:50:00Z')).toBe(false);
    expect(inSession(bare, '2026-03-28T11:00:00Z')).toBe(false); // Saturday
    expect(inSession(bare, '2026-03-29T11:00:00Z')).toBe(false); // Sunday
  });

  it('follows the days the school lists', () => {
    const saturdays: SessionTimes = { ...school, days: ['sat'] };
    expect(inSession(saturdays, '2026-03-28T11:00:00Z')).toBe(true);
    expect(inSession(saturdays, '2026-03-30T11:00:00Z')).toBe(false);
  });

  it('works in New York, on both sides of its own clock change', () => {
    const ny: SessionTimes = { timeZone: 'America/New_York', start: '08:00', end: '15:00' };
    expect(inSession(ny, '2026-02-02T13:00:00Z')).toBe(true); // Mon 08:00 EST
    expect(inSession(ny, '2026-02-02T12:59:00Z')).toBe(false); // Mon 07:59 EST
    expect(inSession(ny, '2026-03-30T12:00:00Z')).toBe(true); // Mon 08:00 EDT
    expect(inSession(ny, '2026-03-30T11:59:00Z')).toBe(false); // Mon 07:59 EDT
    expect(inSession(ny, '2026-03-30T19:00:00Z')).toBe(false); // Mon 15:00 EDT
  });

  it('works in Kolkata, half an hour off the hour', () => {
    const kolkata: SessionTimes = { timeZone: 'Asia/Kolkata', start: '09:00', end: '16:00' };
    expect(inSession(kolkata, '2026-03-30T03:29:00Z')).toBe(false); // 08:59 IST
    expect(inSession(kolkata, '2026-03-30T03:30:00Z')).toBe(true); // 09:00 IST
    expect(inSession(kolkata, '2026-03-30T10:29:00Z')).toBe(true); // 15:59 IST
    expect(inSession(kolkata, '2026-03-30T10:30:00Z')).toBe(false); // 16:00 IST
  });

  it('judges days, terms and closures by the local date, not the UTC date', () => {
    const auckland: SessionTimes = { timeZone: 'Pacific/Auckland', start: '08:00', end: '15:00' };
    const mondayMorning = '2026-03-29T19:30:00Z'; // Sunday in UTC, Mon 30 March 08:30 NZDT
    expect(inSession(auckland, mondayMorning)).toBe(true);
    expect(inSession(auckland, '2026-03-27T19:30:00Z')).toBe(false); // Friday in UTC, Saturday in Auckland
    expect(inSession({ ...auckland, terms: [{ start: '2026-03-30', end: '2026-04-02' }] }, mondayMorning)).toBe(true);
    expect(inSession({ ...auckland, terms: [{ start: '2026-03-23', end: '2026-03-29' }] }, mondayMorning)).toBe(false);
    expect(inSession({ ...auckland, closures: [{ start: '2026-03-30', end: '2026-03-30' }] }, mondayMorning)).toBe(false);

    const honolulu: SessionTimes = { timeZone: 'Pacific/Honolulu', start: '08:00', end: '15:30' };
    expect(inSession(honolulu, '2026-03-28T01:00:00Z')).toBe(true); // Saturday in UTC, Fri 15:00 HST
    expect(inSession(honolulu, '2026-03-28T01:30:00Z')).toBe(false); // Fri 15:30 HST
  });
});

describe('describeSession', () => {
  it('sums up the defaults', () => {
    expect(describeSession({ start: '08:45', end: '15:30' })).toBe('Mon–Fri 08:45–15:30 (Europe/London), every week');
  });

  it('counts terms and closures', () => {
    const range = { start: '2026-09-03', end: '2026-12-18' };
    expect(describeSession({ ...school, terms: [range, range, range], closures: [range, range] })).toBe(
      'Mon–Fri 08:45–15:30 (Europe/London), in term time (3 terms), 2 closures',
    );
    expect(describeSession({ ...school, terms: [range], closures: [range] })).toBe(
      'Mon–Fri 08:45–15:30 (Europe/London), in term time (1 term), 1 closure',
    );
  });

  it('names the days plainly, in week order', () => {
    const days = (d: SessionTimes['days']) => describeSession({ ...school, timeZone: 'Asia/Kolkata', days: d }).split(' 08:45')[0];
    expect(days(['fri', 'mon', 'thu', 'tue', 'wed'])).toBe('Mon–Fri');
    expect(days(['mon', 'wed', 'fri'])).toBe('Mon, Wed, Fri');
    expect(days(['sat', 'sun'])).toBe('Sat, Sun');
    expect(days(['mon', 'tue', 'wed', 'fri'])).toBe('Mon–Wed, Fri');
    expect(days(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).toBe('Every day');
    expect(describeSession({ ...school, timeZone: 'Asia/Kolkata' })).toContain('(Asia/Kolkata)');
  });
});

describe('SessionTimesSchema', () => {
  const errors = (data: unknown) => {
    const r = parseWith(SessionTimesSchema, data);
    return r.ok ? [] : r.errors;
  };

  it('accepts a full set of session times', () => {
    const r = parseWith(SessionTimesSchema, {
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:45',
      end: '15:30',
      terms: [{ start: '2026-09-03', end: '2026-12-18' }],
      closures: [{ start: '2026-11-02', end: '2026-11-02' }],
    });
    expect(r.ok).toBe(true);
  });

  it('rejects an unknown time zone', () => {
    expect(errors({ timeZone: 'Europe/Londres', start: '08:45', end: '15:30' })).toEqual(['timeZone: must be a time zone such as Europe/London']);
  });

  it('rejects an end before (or at) the start', () => {
    expect(errors({ start: '15:30', end: '08:45' })).toEqual(['end: must be after start']);
    expect(errors({ start: '08:45', end: '08:45' })).toEqual(['end: must be after start']);
  });

  it('rejects times not written as HH:MM', () => {
    // Only the bad time is named: '8:45' sorts after '15:30' as text, so a raw comparison would also blame the end.
    expect(errors({ start: '8:45', end: '15:30' })).toEqual(['start: must be a time like 08:45 (24-hour)']);
    expect(errors({ start: '08:45', end: '3:30pm' })).toContain('end: must be a time like 08:45 (24-hour)');
    expect(errors({ start: '08:45', end: '24:00' })).toEqual(['end: must be a time like 08:45 (24-hour)']);
  });

  it('rejects a term or closure that ends before it starts', () => {
    const backwards = { start: '2026-12-18', end: '2026-09-03' };
    expect(errors({ start: '08:45', end: '15:30', terms: [backwards] })).toEqual(['terms[0].end: must not be before start']);
    expect(errors({ start: '08:45', end: '15:30', closures: [{ start: '2026-11-02', end: '2026-11-02' }, backwards] })).toEqual([
      'closures[1].end: must not be before start',
    ]);
  });

  it('rejects an empty list of days and an unknown day', () => {
    expect(errors({ start: '08:45', end: '15:30', days: [] })).toEqual(['days: needs at least one day']);
    expect(errors({ start: '08:45', end: '15:30', days: ['monday'] })).toHaveLength(1);
    expect(errors({ start: '08:45', end: '15:30', days: ['monday'] })[0]).toMatch(/^days\[0\]: /);
  });
});
