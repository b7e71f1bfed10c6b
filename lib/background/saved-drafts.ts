import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../../rules/categories';
import { getPackInForce } from '../pack-in-force';
import { keptDrafts, retentionDays, type SavedDraft } from '../review/retention';
import type { SaveResult } from '../messages';
import { savedDrafts } from '../storage';
import { isQuotaError, jsonBytes } from './room';

/**
 * The one writer of the saved drafts (issue 5: nothing is lost). Content scripts in
 * any number of tabs save, the review page deletes and the retention prunes; each
 * is a read-change-write of one storage item, and `storage.local` has no
 * transactions, so two writers at once could each write back a list without the
 * other's change. Every change is therefore a job on the background's one queue.
 */
export interface DraftStore {
  /** Keeps a draft from "Save for review", or says why not (the pause tells the person). */
  save(input: unknown): Promise<SaveResult>;
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

/**
 * Limits on what "Save for review" keeps (issue 12, point 3: a page's scripted saves
 * filled storage.local to 10.4 of 10.5 MB, and the next pack could not be stored).
 * - 100 drafts: with the default 7-day retention that is 14 a day, far past any
 *   person's use (the review page is a short list to read, not an archive).
 * - 1 MiB in all: a tenth of Chromium's 10 MiB storage.local quota, so the pack in
 *   force (at most 2 MiB, lib/background/packs/fetch-pack.ts) and the one it replaced
 *   always fit beside them; a typical draft with its findings is 1-3 kB.
 * - 256 KiB for one draft: the longest post a watched site takes is Facebook's 63,206
 *   characters, up to 190 kB as UTF-8 when every character takes 3 bytes, plus its
 *   findings. Anything larger is not a post.
 * Past a limit the save is refused and the person told so; drafts they kept are never
 * dropped to make room for a new one.
 */
export const MAX_SAVED_DRAFTS = 100;
export const MAX_SAVED_BYTES = 1024 * 1024;
export const MAX_DRAFT_BYTES = 256 * 1024;

/** What a content script sends; the id and time are the background's. */
export const DraftInputSchema = z.object({
  site: z.string().min(1).max(253),
  host: z.string().max(253),
  text: z.string().min(1).max(MAX_DRAFT_BYTES),
  findings: z.array(FindingSchema).max(500),
});

export function createDraftStore(queue: <T>(job: () => Promise<T>) => Promise<T>, now: () => number, newId: () => string): DraftStore {
  return {
    save(input) {
      const text = (input as { text?: unknown } | null)?.text;
      // Said apart from "not a draft": the person can shorten it and try again.
      if (typeof text === 'string' && text.length > MAX_DRAFT_BYTES) return Promise.resolve(refused('too-big'));
      const parsed = DraftInputSchema.safeParse(input);
      if (!parsed.success) return Promise.resolve(refused('invalid'));
      // Findings that don't fit the text would draw marks in the wrong place: keep the draft, drop those.
      const fitting = parsed.data.findings.filter((f) => f.start < f.end && f.end <= parsed.data.text.length);
      const draft: SavedDraft = { ...parsed.data, findings: fitting, id: newId(), savedAt: now() };
      const size = jsonBytes(draft);
      if (size > MAX_DRAFT_BYTES) return Promise.resolve(refused('too-big'));
      return queue(async () => {
        const days = retentionDays((await getPackInForce()).retentionDays);
        const kept = keptDrafts(await savedDrafts.getValue(), now(), days);
        if (kept.length >= MAX_SAVED_DRAFTS || jsonBytes(kept) + size > MAX_SAVED_BYTES) return refused('full');
        try {
          await savedDrafts.setValue([...kept, draft]);
        } catch (error) {
          // Storage full for other reasons (Chromium: "QUOTA_BYTES quota exceeded"): nothing was written.
          if (isQuotaError(error)) return refused('storage-full');
          throw error;
        }
        return { saved: true } as const;
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

function refused(reason: Exclude<SaveResult, { saved: true }>['reason']): SaveResult {
  return { saved: false, reason };
}
