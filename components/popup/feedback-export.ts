import type { FeedbackEntry } from '../../lib/storage';

/**
 * The file staff hand to leadership: every "this is wrong" report with the pack
 * it was made against, so a rule can be traced and fixed. Pretty-printed
 * because a person may read it before sending it.
 */
export function feedbackExport(entries: readonly FeedbackEntry[], pack: { id: string; version: number }, now: Date) {
  const json = JSON.stringify({ exportedAt: now.toISOString(), pack: { id: pack.id, version: pack.version }, reports: entries }, null, 2);
  const fileName = `postguard-reports-${now.toISOString().slice(0, 10)}.json`;
  return { json, fileName };
}
