import { scanGroup } from '../groups';
import type { Candidate, Detector } from '../types';

/**
 * Unpublished inspection outcomes and test papers before the test (lexicon
 * `confidential`). A grade counts when the draft says it is not out yet
 * ("report's not out till", "between us", "provisional"): that marker may
 * sit in another sentence, so the grade asks for the draft-wide feature
 * `embargo`, which this detector adds where it sees a marker.
 *
 * | flags | allows |
 * |---|---|
 * | an inspection grade with a sign it is not published yet (the report comes out later, provisionally, between us) | a grade from a published report (a past year) |
 * | a provisional grade | a grade word with no inspection and no marker (outstanding homework) |
 * | test papers that have arrived, or a look at one before the test | past papers for revision; tips for test week |
 * | a paper or its answers in hand before the test | good luck for a paper (nothing in hand) |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/inspection` (run by tests/rules/examples.test.ts).
 */
export const inspection: Detector = {
  id: 'inspection',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('confidential');
    const out: Candidate[] = [];
    const emit = (i: number, j: number, requires?: Record<string, number>) => {
      const [start, end] = ctx.span(i, j);
      out.push(requires ? { category: rule.category, rule: rule.id, start, end, requires, priority: 1 } : { category: rule.category, rule: rule.id, start, end, priority: 1 });
    };
    const marked = scanGroup(lex, tokens, 'embargo').length + scanGroup(lex, tokens, 'secret').length > 0;
    if (marked) ctx.addFeature('embargo');
    const grades = scanGroup(lex, tokens, 'grade');
    // "Ofsted came in last week." names the inspection for a grade in a later sentence.
    const explicit = scanGroup(lex, tokens, 'insp-explicit').length > 0;
    if (explicit) ctx.addFeature('inspection-named');
    if (grades.length) {
      const insp = explicit || scanGroup(lex, tokens, 'insp').length > 0;
      for (const g of grades) {
        // "good" is a grade only beside the inspection itself, or capitalised after "we're" in a
        // draft that names the inspection ("Inspectors left at 3. We're Good!!!"); the others also after "we got".
        if (g.phrase === 'good') {
          if (!tokens[g.i]!.cap) continue;
          if (explicit) emit(g.i, g.j, marked ? undefined : { embargo: 1 });
          else if (insp) emit(g.i, g.j, { embargo: 1, 'inspection-named': 1 });
        } else if (insp) emit(g.i, g.j, marked ? undefined : { embargo: 1 });
        // "Ofsted came in. Can't say officially yet but it's Requires Improvement": a capitalised
        // grade in a draft that names the inspection and says it is not out.
        else if (tokens[g.i]!.cap) emit(g.i, g.j, { embargo: 1, 'inspection-named': 1 });
      }
    }
    // "got tomorrow's Year 10 physics paper", "answers to Friday's science test": a paper still to be
    // sat, in the writer's hands ("good luck in tomorrow's test" has nothing in hand).
    const upcoming = scanGroup(lex, tokens, 'upcoming');
    const practice = scanGroup(lex, tokens, 'practice').length > 0;
    let held = false;
    if (upcoming.length && !practice) {
      const anywhere = scanGroup(lex, tokens, 'in-hand').length > 0;
      held = upcoming.some((u) => anywhere || [1, 2, 3, 4].some((n) => lex.matchAt(tokens, u.i - n, 'in-hand-before')?.j === u.i));
    }
    const papers = scanGroup(lex, tokens, 'papers');
    if (papers.length && !practice && !/^\d{4}$/.test(tokens[papers[0]!.i - 1]?.t ?? '')) {
      const early = held || scanGroup(lex, tokens, 'early').length > 0;
      for (const p of papers) if (early || marked) emit(p.i, p.j);
    } else if (held) {
      for (const u of upcoming) {
        for (let k = u.j; k < Math.min(tokens.length, u.j + 4); k++) {
          if (lex.matchAt(tokens, k, 'assessment')) {
            emit(u.i, k + 1);
            break;
          }
        }
      }
    }
    return out;
  },
};
