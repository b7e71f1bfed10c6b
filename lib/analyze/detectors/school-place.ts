import type { Candidate, Detector } from '../types';
import { compactView } from '../text-views';

/**
 * The school pinned by where it is: its street, its full postcode, or the
 * writer's school placed in the profile's place.
 *
 * | flags | allows |
 * |---|---|
 * | the street of the address, also run together, when the draft is about school or work | the street alone (a fair there on Saturday); the place alone (a walk on the heath, a plumber in the area) |
 * | the full postcode, with or without the space | the postcode district alone |
 * | the poster's school placed in the area (`my school in <place>`, `our little primary up in <place>`) | `my school` with nothing that identifies it |
 * | a school in the area where the poster works | a school in the area where someone else's child goes |
 *
 * Examples: rules/packs/rules/school-identity.json, rule `school-identity/place` (run by tests/rules/examples.test.ts).
 */
export const schoolPlace: Detector = {
  id: 'school-place',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const push = (start: number, end: number, requires?: Record<string, number>) =>
      out.push({ category: rule.category, rule: rule.id, start, end, ...(requires ? { requires } : {}) });
    const { tokens } = ctx;
    const profile = ctx.pack.profile;
    const view = compactView(ctx);
    for (const form of profile.compact) {
      if (form.kind !== 'address') continue;
      for (let at = view.text.indexOf(form.compact); at >= 0; at = view.text.indexOf(form.compact, at + 1)) {
        const i = view.tokenAt[at]!;
        if (tokens[i]!.s !== view.folded[at]) continue;
        // A street is lived on, shopped on and walked in (a park, a road, a lane): it pins the
        // school only in a draft about school or work. On the written corpus this took 79 wrong
        // findings off for 15 right ones (issue 13, point 3).
        push(...ctx.span(i, view.tokenAt[at + form.compact.length - 1]! + 1), { 'school-context|staff-named': 1 });
      }
    }
    if (profile.postcode) {
      for (const m of ctx.text.matchAll(profile.postcode)) push(m.index, m.index + m[0].length);
    }
    // "my school in <place>": a school word owned by the writer, then a preposition, then the place.
    const places = profile.places.scan(tokens);
    if (places.length) {
      const lex = ctx.lex('school-words');
      for (const p of places) {
        if (p.i < 2 || !lex.matchAt(tokens, p.i - 1, 'preposition')) continue;
        for (let k = p.i - 2; k >= Math.max(0, p.i - 6); k--) {
          if (!lex.matchAt(tokens, k, 'school')) continue;
          // "my school in Hampstead", "teaching at the big academy in Burbage".
          for (let o = k - 1; o >= Math.max(0, k - 4); o--) {
            const owner = lex.matchAt(tokens, o, 'owner');
            if (owner && owner.j >= k - 2) {
              push(...ctx.span(o, p.j));
              break;
            }
          }
          // "the big secondary on the hill in Totnes where I work": the writer owns it after the place.
          const after = lex.matchAt(tokens, p.j, 'owner-after');
          if (after) push(...ctx.span(k, after.j));
          break;
        }
      }
    }
    return out;
  },
};
