/** Long matches (a whole confidential sentence) would swamp a card heading: keep the start. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A stable key for a finding while its offsets hold (they move as the draft changes). */
export function findingKey(f: { rule: string; start: number; end: number }): string {
  return `${f.rule}:${f.start}:${f.end}`;
}
