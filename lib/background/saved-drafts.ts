import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../../rules/categories';
import { getPackInForce } from '../pack-in-force';
import { keptDrafts, retentionDays, type SavedDraft } from '../review/retention';
import { savedDrafts } from '../storage';

/**
 * The one writer of the saved drafts (issue 5: nothing is lost). Content scripts in
 * any number of tabs save, the review page deletes and the retention prunes; each
 * is a read-change-write of one storage item, and `storage.local` has no
 * transactions, so two writers at once could each write back a list without the
 * other's change. Every change is therefore a job on the background's one queue.
 */
export interface DraftStore {
  /** Keeps a draft from "Save for review"; false when the request is not a draft. */
  save(input: unknown): Promise<boolean>;
  /** Deletes drafts by id, or all of them. */
  remove(ids: readonly string[] | 'all'): Promise<boolean>;
}

/** A finding as the review page will draw it: offsets inside the text, known category and severity. */
const FindingSchema = z.object({
  category: z.enum(CATEGORIES),
  sections: z.array(z.string().max(40)).max(20),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  severity: z.enum(SEVERITIES),
  message: z.string().max(2000),
  suggestion: z.string().max(2000).optional(),
  rule: z.string().max(200),
  text: z.string().max(10_000),
});

/** What a content script sends; the id and time are the background's. Caps keep one tab from filling storage. */
export const DraftInputSchema = z.object({
  site: z.string().min(1).max(253),
  host: z.string().max(253),
  text: z.string().min(1).max(100_000),
  findings: z.array(FindingSchema).max(500),
});

export function createDraftStore(queue: <T>(job: () => Promise<T>) => Promise<T>, now: () => number, newId: () => string): DraftStore {
  return {
    save(input) {
      const parsed = DraftInputSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve(false);
      const { text, findings } = parsed.data;
      // Findings that don't fit the text would draw marks in the wrong place: keep the draft, drop those.
      const fitting = findings.filter((f) => f.start < f.end && f.end <= text.length);
      const draft: SavedDraft = { ...parsed.data, findings: fitting, id: newId(), savedAt: now() };
      return queue(async () => {
        const days = retentionDays((await getPackInForce()).retentionDays);
        await savedDrafts.setValue([...keptDrafts(await savedDrafts.getValue(), now(), days), draft]);
        return true;
      });
    },
    remove(ids) {
      return queue(async () => {
        const all = await savedDrafts.getValue();
        await savedDrafts.setValue(ids === 'all' ? [] : all.filter((d) => !ids.includes(d.id)));
        return true;
      });
    },
  };
}
