import type { Finding } from '../analyze';

/**
 * Drafts staff keep to review before posting (issue 5): stored only in this
 * browser and deleted after the pack's retention (default 7 days, the pack's
 * `retentionDays`). Pure, so the background, the review page and the tests
 * agree on what has expired.
 */
export interface SavedDraft {
  id: string;
  /** lib/sites id, or the host for a site staff added. */
  site: string;
  host: string;
  /** Date.now() when saved. */
  savedAt: number;
  text: string;
  findings: Finding[];
}

export const DEFAULT_RETENTION_DAYS = 7;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The retention in force: the pack's when it sets a sensible one, else the default. */
export function retentionDays(packDays: number | undefined): number {
  return packDays !== undefined && Number.isFinite(packDays) && packDays >= 0 ? packDays : DEFAULT_RETENTION_DAYS;
}

/** The drafts still inside the retention at `now`; a draft saved exactly `days` ago has expired. */
export function keptDrafts(drafts: readonly SavedDraft[], now: number, days: number): SavedDraft[] {
  return keptWithin(drafts, (d) => d.savedAt, now, days);
}

/** When the next draft expires (for one alarm, not a poll), or null when none is kept. */
export function nextExpiry(drafts: readonly SavedDraft[], days: number): number | null {
  return firstExpiry(drafts, (d) => d.savedAt, days);
}

/**
 * "This is wrong" reports still inside the retention (issue 12, point 9: they hold the
 * flagged words, so they expire like the drafts they came from). `at` is an ISO time;
 * one that does not parse has no age and goes.
 */
export function keptFeedback<T extends { at: string }>(entries: readonly T[], now: number, days: number): T[] {
  return keptWithin(entries, (e) => Date.parse(e.at), now, days);
}

/** When the next report expires, or null when none is kept. */
export function nextFeedbackExpiry(entries: readonly { at: string }[], days: number): number | null {
  return firstExpiry(entries, (e) => Date.parse(e.at), days);
}

/**
 * What is still inside the retention at `now`, by each item's time (ms since the epoch):
 * drafts, reports and incidents alike. An item more than a day in the future (a clock gone
 * wrong) or with no time (NaN) goes.
 */
export function keptWithin<T>(items: readonly T[], timeOf: (item: T) => number, now: number, days: number): T[] {
  const cutoff = now - days * DAY_MS;
  return items.filter((item) => {
    const at = timeOf(item);
    return at > cutoff && at <= now + DAY_MS;
  });
}

/** When the first of them expires (one alarm, not a poll), or null when none has a time. */
export function firstExpiry<T>(items: readonly T[], timeOf: (item: T) => number, days: number): number | null {
  const times = items.map(timeOf).filter(Number.isFinite);
  return times.length ? Math.min(...times) + days * DAY_MS : null;
}
