import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { readManagedPolicy } from '../../lib/background/packs/policy';
import { copyManagedForPages, managedCopy } from '../../lib/managed-via-background';
import { authorisedOn, localDate, msUntilTomorrow, readSchoolDevice, recordAuthorisedToday } from '../../lib/school-device';
import { schoolDeviceAuthorisedItem } from '../../lib/storage';

/**
 * Issue 15, point 4: managed policy's `schoolDevice` (policy section 4), read where the
 * other managed values are, and the person's say-so for the day. Dates are the browser's
 * local ones, so the instants below are made with the local-time Date constructor.
 */
beforeEach(() => fakeBrowser.reset());

const area = (values: Record<string, unknown>) => ({ get: async () => values });
const NO_POLICY_IN_FIREFOX = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('the managed schoolDevice', () => {
  it.each([
    ['true', { schoolDevice: true }, true],
    ['false', { schoolDevice: false }, false],
    ['unset', {}, false],
    // Firefox does not check policy types: only a real true turns the notice on.
    ['the string "true"', { schoolDevice: 'true' }, false],
    ['1', { schoolDevice: 1 }, false],
  ])('%s reads as %s', async (_, values, expected) => {
    expect(await readSchoolDevice(area(values))).toBe(expected);
    expect((await readManagedPolicy(area(values))).schoolDevice === true).toBe(expected);
  });

  it('is false with no managed storage, or when reading it throws (Firefox without a policy)', async () => {
    expect(await readSchoolDevice(undefined)).toBe(false);
    expect(await readSchoolDevice(NO_POLICY_IN_FIREFOX)).toBe(false);
    expect(await readManagedPolicy(NO_POLICY_IN_FIREFOX)).toEqual({});
  });

  it("reaches content scripts through the background's copy, with nothing else of the policy's pack sources", async () => {
    await copyManagedForPages(area({ schoolDevice: true, packUrl: 'https://p', trustedKeys: ['x'] }));
    expect(await managedCopy.get()).toEqual({ schoolDevice: true });
    expect(await readSchoolDevice(managedCopy)).toBe(true);
    await copyManagedForPages(area({}));
    expect(await readSchoolDevice(managedCopy)).toBe(false);
  });
});

describe("the person's say-so for the day", () => {
  it('is kept with the local date of the moment it was given', async () => {
    const now = at(2026, 3, 14, 23, 59, 30);
    expect(await recordAuthorisedToday(now)).toBe(true);
    expect(await schoolDeviceAuthorisedItem.getValue()).toEqual({ date: '2026-03-14', at: now });
  });

  it('holds for the rest of that local day and not the next', () => {
    const record = { date: '2026-03-14', at: at(2026, 3, 14, 9) };
    expect(authorisedOn(record, at(2026, 3, 14, 0, 0))).toBe(true);
    expect(authorisedOn(record, at(2026, 3, 14, 23, 59, 59))).toBe(true);
    expect(authorisedOn(record, at(2026, 3, 15, 0, 0))).toBe(false);
    expect(authorisedOn(record, at(2026, 3, 13, 23, 59))).toBe(false);
    expect(authorisedOn(null, at(2026, 3, 14, 9))).toBe(false);
  });

  it('writes local dates with leading zeros, and counts the time to the next local midnight', () => {
    expect(localDate(at(2026, 1, 5, 12))).toBe('2026-01-05');
    expect(msUntilTomorrow(at(2026, 1, 5, 23, 59, 59))).toBe(1000);
    expect(msUntilTomorrow(at(2026, 1, 5, 0, 0))).toBe(new Date(2026, 0, 6).getTime() - new Date(2026, 0, 5).getTime());
  });
});
