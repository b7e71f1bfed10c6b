import type { Detector } from '../types';
import { cueMatches, hasGroup } from '../cues';

/**
 * Sexual content that needs no context (lexicon `sexual`, group `strong`; eval
 * README "sexual"): pornography, nudes and explicit-photo requests, adult-content
 * subscriptions, sex toys, plain sexual slang. Innuendo is `sexual-innuendo`.
 * Terms that are also safeguarding and RSE topics (group `topic`: porn, nudes,
 * sexting, "having sex") do not count in a sentence about teaching them (group
 * `teaching`: RSE, PSHE, lesson, Year 9, training, online safety).
 *
 * | flags | allows |
 * |---|---|
 * | explicit words (lexicon `sexual`), also masked or in l33t (`p*rn`, `p0rn`); adult sites; sex toys; the 🔞 emoji | place and job names that contain one (Essex, Sussex, sexton): whole words only |
 * | offers of uncropped or naughty pictures | sexual health, sex and relationships education |
 * | explicit phrases (having sex, booty calls, friends with benefits) | shag pile carpet, same-sex marriage, kisses at the end of a message |
 * | sexting | training or lessons about nudes and porn |
 *
 * Examples: rules/packs/rules/sexual.json, rule `sexual/explicit` (run by tests/rules/examples.test.ts).
 */
export const sexualExplicit: Detector = {
  id: 'sexual-explicit',
  detect(ctx, rule) {
    const matches = cueMatches(ctx, 'sexual');
    const teaching = hasGroup(matches, 'teaching');
    return matches
      .filter((m) => m.group === 'strong' || (m.group === 'topic' && !teaching))
      .map((m) => {
        const [start, end] = ctx.span(m.i, m.j);
        return { category: rule.category, rule: rule.id, start, end, priority: 2 };
      });
  },
};
