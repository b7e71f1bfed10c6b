/**
 * Word runs for spotting copied text (issue 13): a training line, a word list
 * entry, a rule example or a test string that shares a 5-word run with a
 * development draft was copied from it, and the development score would then
 * measure memory, not detection. Words are folded the same way everywhere:
 * lower case, accents off, curly quotes straight, only letters, digits and
 * inner apostrophes kept.
 */
import { sha256Hex } from '../hash/sha256';

export const RUN_WORDS = 5;

export function runWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function wordRuns(text: string, n = RUN_WORDS): string[] {
  const words = runWords(text);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * A run's fingerprint: 16 hex digits of SHA-256. The repository keeps only
 * these for the development drafts, so the check needs no copy of them.
 */
export function runFingerprint(run: string): string {
  return sha256Hex(run).slice(0, 16);
}
