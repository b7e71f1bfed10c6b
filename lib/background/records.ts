import { z } from 'zod';
import { CATEGORIES } from '../../rules/categories';
import { getPackInForce } from '../pack-in-force';
import { recentEvents } from '../review/nudge-stats';
import { keptFeedback, retentionDays } from '../review/retention';
import { feedback, type FeedbackEntry, nudgeEvents } from '../storage';

/**
 * The one writer of "This is wrong" reports and of the nudge counts behind the review
 * page's chart (issue 12, point 9). Both were a read-change-write from the content
 * script of every tab: two tabs writing at once each wrote back a list without the
 * other's entry. Now a content script sends a message and the background writes, on
 * the same queue as the saved drafts (lib/background/saved-drafts.ts).
 *
 * Limits, since each report keeps the words that were flagged (a name, a number):
 * - reports expire under the pack's retention, like the drafts (lib/review/retention.ts);
 * - at most 200 reports, the newest kept: staff export them for leadership (the popup's
 *   "Export"), and 200 in one retention period is far past anyone's use;
 * - the words of one report cut to 200 characters: a finding's words are a name, a
 *   number or a phrase, and the rule id says the rest;
 * - nudge events (no text) stay 30 days for the chart, at most 5,000 (166 a day), ~40 bytes each.
 */
export const MAX_FEEDBACK = 200;
export const MAX_FEEDBACK_TEXT = 200;
export const MAX_NUDGE_EVENTS = 5_000;

export interface RecordsStore {
  /** Keeps a "This is wrong" report; false when it is not one or storage refused it. */
  feedback(input: unknown): Promise<boolean>;
  /** Counts nudges shown, by category; false when the request is not a list of categories. */
  nudged(input: unknown): Promise<boolean>;
}

const FeedbackInputSchema = z.object({
  rule: z.string().min(1).max(200),
  category: z.enum(CATEGORIES),
  text: z.string().max(10_000),
  host: z.string().max(253),
});

const NudgedInputSchema = z.object({ categories: z.array(z.enum(CATEGORIES)).min(1).max(500) });

export function createRecordsStore(queue: <T>(job: () => Promise<T>) => Promise<T>, now: () => number): RecordsStore {
  /** A full storage loses a count or a report, never the pack (lib/background/room.ts frees these first anyway). */
  const write = (job: () => Promise<void>) => queue(() => job().then(() => true, () => false));
  return {
    feedback(input) {
      const parsed = FeedbackInputSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve(false);
      const entry: FeedbackEntry = { ...parsed.data, text: parsed.data.text.slice(0, MAX_FEEDBACK_TEXT), at: new Date(now()).toISOString() };
      return write(async () => {
        const days = retentionDays((await getPackInForce()).retentionDays);
        const kept = keptFeedback(await feedback.getValue(), now(), days);
        await feedback.setValue([...kept, entry].slice(-MAX_FEEDBACK));
      });
    },
    nudged(input) {
      const parsed = NudgedInputSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve(false);
      return write(async () => {
        const at = now();
        const events = parsed.data.categories.map((category) => ({ at, category }));
        await nudgeEvents.setValue([...recentEvents(await nudgeEvents.getValue(), at), ...events].slice(-MAX_NUDGE_EVENTS));
      });
    },
  };
}
