import type { Candidate, Detector } from '../types';
import { cueMatches, hasGroup } from '../cues';

/**
 * Sexual innuendo (lexicon `sexual`; eval README "sexual"): cues that are each
 * harmless alone ("sexy", "hotel room", 😏, "know what I mean", "fit
 * dad", "keep me warm"), so a cue stands only when the whole draft scores 4
 * points: a cue is worth 2, a pointed set phrase (group `pointed`: "park in
 * my _ any time", "stays in the stationery cupboard") 3, so a wink completes
 * it, a faint cue (😍 😉 😘, "in bed") 1 and only once a sentence. Features
 * `sexual-points`/`sexual-cue` carry this across sentences; a cue repeated in
 * one sentence counts once. Ambiguous cues (🍑 💦, "naughty",
 * "toy", "bit of fun", "hotel room") do not count in a sentence about children,
 * pets, the gym or the weather (group `innocent`).
 *
 * | flags | allows |
 * |---|---|
 * | two cues in a draft (a hotel room and a wink that says what it means) | one cue and a faint one (a hotel room that is tiny, with a heart-eyes emoji) |
 * | "fit" said of a person, with a smirk | "fit" as health or fitness |
 * | asking someone to keep the poster warm, with suggestive emoji | kisses on a birthday; peach and splash emoji after leg day; a child's toy |
 * | a pointed phrase with a faint cue (parking in the poster's drive, with a wink) | the same phrase with an innocent reason |
 * | smut with a hot-face emoji; looking for fun with no strings | a cold shower before work; fun things to do |
 *
 * Examples: rules/packs/rules/sexual.json, rule `sexual/innuendo` (run by tests/rules/examples.test.ts).
 */
export const sexualInnuendo: Detector = {
  id: 'sexual-innuendo',
  detect(ctx, rule) {
    const matches = cueMatches(ctx, 'sexual');
    const innocent = hasGroup(matches, 'innocent');
    const out: Candidate[] = [];
    const seen = new Set<string>();
    let faint = false;
    for (const m of matches) {
      const [start, end] = ctx.span(m.i, m.j);
      if (m.group === 'cue' || m.group === 'pointed' || (m.group === 'ambiguous' && !innocent)) {
        if (!seen.has(m.phrase)) {
          seen.add(m.phrase);
          ctx.addFeature('sexual-cue');
          ctx.addFeature('sexual-points', m.group === 'pointed' ? 3 : 2);
        }
        out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'sexual-points': 4 } });
      } else if (m.group === 'faint') {
        if (!faint) ctx.addFeature('sexual-points', 1);
        faint = true;
        out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'sexual-points': 4, 'sexual-cue': 1 } });
      }
    }
    return out;
  },
};
