import type { Candidate } from './types';

/**
 * Overlapping or touching candidates of one category become one finding that
 * covers them all (a name inside a hashtag found twice, `f***` and `f*** that`),
 * keeping the rule, message and suggestion of the highest-priority candidate.
 * Different categories on the same words all stay: each explains a different
 * section of the policy.
 */
export function mergeCandidates(cands: readonly Candidate[]): Candidate[] {
  const byCat = new Map<string, Candidate[]>();
  for (const c of cands) {
    const list = byCat.get(c.category);
    if (list) list.push(c);
    else byCat.set(c.category, [c]);
  }
  const out: Candidate[] = [];
  for (const list of byCat.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: Candidate | undefined;
    for (const c of list) {
      if (cur && c.start < cur.end) {
        const lead = (c.priority ?? 0) > (cur.priority ?? 0) ? c : cur;
        cur = { ...lead, start: cur.start, end: Math.max(cur.end, c.end) };
      } else {
        if (cur) out.push(cur);
        cur = c;
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}
