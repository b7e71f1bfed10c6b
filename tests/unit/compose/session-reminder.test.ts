import { describe, expect, it } from 'vitest';
import { sessionReminder } from '../../../lib/compose/session-reminder';
import type { SessionTimes } from '../../../rules/schema';

/**
 * When the pause carries the session-time reminder (issue 15, point 4; policy section 4):
 * the pack's session times and the moment Post is pressed, the clock given. Instants are
 * UTC; the school's clock is Europe/London (GMT in January and February, BST in June).
 */
const SCHOOL: SessionTimes = {
  timeZone: 'Europe/London',
  start: '08:45',
  end: '15:30',
  terms: [
    { start: '2026-01-05', end: '2026-03-27' },
    { start: '2026-04-13', end: '2026-07-22' },
  ],
  closures: [{ start: '2026-02-16', end: '2026-02-20' }],
};
const at = (iso: string) => Date.parse(iso);

describe('sessionReminder', () => {
  it.each([
    ['a Wednesday in term, mid-morning', '2026-01-14T10:00:00Z'],
    ['the first minute of the session', '2026-01-14T08:45:00Z'],
    ['the first day of a term', '2026-04-13T11:00:00Z'],
    ['the last day of a term, in BST (14:29 local)', '2026-07-22T13:29:00Z'],
  ])('reminds within a session: %s', (_, iso) => {
    expect(sessionReminder(SCHOOL, at(iso))).toBe('Mon–Fri 08:45–15:30');
  });

  it.each([
    ['before the session', '2026-01-14T08:44:00Z'],
    ['at its end', '2026-01-14T15:30:00Z'],
    ['in the evening', '2026-01-14T19:00:00Z'],
    ['on a Saturday in term', '2026-01-17T10:00:00Z'],
    ['in the Easter holiday, between terms', '2026-04-01T10:00:00Z'],
    ['the day after the summer term', '2026-07-23T10:00:00Z'],
    ['on a closure (half term)', '2026-02-18T10:00:00Z'],
    ['on the last day of the closure', '2026-02-20T10:00:00Z'],
    // 08:50 UTC is 09:50 BST on 15 June: inside; 15:00 UTC is 16:00 BST: after hours, whatever UTC says.
    ['after hours in BST although 15:00 UTC is within 08:45-15:30', '2026-06-15T15:00:00Z'],
  ])('says nothing outside a session: %s', (_, iso) => {
    expect(sessionReminder(SCHOOL, at(iso))).toBeUndefined();
  });

  it('says nothing when the pack has no session times (the bundled pack)', () => {
    expect(sessionReminder(undefined, at('2026-01-14T10:00:00Z'))).toBeUndefined();
  });

  it('names the days the pack gives, every week when it gives no terms', () => {
    const allWeek: SessionTimes = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '23:59' };
    expect(sessionReminder(allWeek, at('2026-01-17T10:00:00Z'))).toBe('Every day 00:00–23:59');
    expect(sessionReminder({ ...SCHOOL, days: ['mon', 'wed', 'fri'] }, at('2026-01-14T10:00:00Z'))).toBe('Mon, Wed, Fri 08:45–15:30');
  });
});
