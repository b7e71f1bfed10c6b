import { errorLog, feedback, nudgeEvents, previousPackItem, savedDrafts } from '../storage';

/**
 * Room in storage.local for the pack in force (issue 12, point 3). Chromium gives an
 * extension 10,485,760 bytes there (QUOTA_BYTES; every key plus its value's JSON) and
 * refuses a write past it ("QUOTA_BYTES quota exceeded"): a page that filled storage
 * through "Save for review" left a valid signed pack unstorable, the old pack in force.
 * The records below are capped (saved drafts, feedback, nudge events, the error log),
 * so this is the second line: when the pack cannot be written, free what can be lost.
 */

/** How Chromium (and Firefox's `QuotaExceededError`) say the storage is full. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** What storage.local counts for a value: its JSON, in UTF-8 bytes. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * Frees the next thing that can be lost, least missed first; false when nothing is left.
 * Called once per failed write, so a small shortfall costs the least. The order:
 * 1. the previous pack: kept only for "what changed", which the notice already holds;
 * 2. the error log: diagnostics, no one's words;
 * 3. nudge events: counts for the person's own chart, no text;
 * 4. "This is wrong" feedback: reports not yet exported, worth less than what a person kept;
 * 5. saved drafts, the oldest half at a time, the newest last: the person's own words,
 *    which they asked to keep, and the newest is the one they most likely come back to.
 * Misuse incidents are never freed: they are the copy a person kept as evidence, and
 * their own limits leave room for the pack (lib/background/incidents.ts).
 * `queue` is the records' one writer (lib/background/listen.ts `inOrder`): freeing is a
 * read-change-write of the same items a save or a prune changes.
 */
export function createSpaceFreer(queue: <T>(job: () => Promise<T>) => Promise<T>): () => Promise<boolean> {
  return () =>
    queue(async () => {
      if ((await previousPackItem.getValue()) !== null) {
        await previousPackItem.setValue(null);
        return true;
      }
      for (const item of [errorLog, nudgeEvents, feedback] as const) {
        if (!(await item.getValue()).length) continue;
        await item.setValue([]);
        return true;
      }
      const drafts = await savedDrafts.getValue();
      if (!drafts.length) return false;
      // Oldest first by savedAt: the list is in save order, but sort rather than trust that.
      const newestFirst = [...drafts].sort((a, b) => b.savedAt - a.savedAt);
      await savedDrafts.setValue(newestFirst.slice(0, Math.floor(drafts.length / 2)).reverse());
      return true;
    });
}

/** Runs `write`; while it fails for quota and `free` finds something to drop, frees and tries again. */
export async function writeWithRoom(write: () => Promise<void>, free: (() => Promise<boolean>) | undefined): Promise<void> {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaError(error) || !free || !(await free())) throw error;
    }
  }
}
