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
 * | `nudes`, `p*rn`, `OnlyFans`, `sex toy`, `horny`, `dirty weekend`, `shagging`, 🔞 | `Essex`, `Sussex`, `sexton` (whole words only) |
 * | `uncropped version on request`, `your naughtiest pics in my DMs` | `sexual health clinic`, `sex education`, `RSE curriculum` |
 * | `have sex`, `booty call`, `friends with benefits` | `shag pile carpet`, `same-sex marriage`, `Love you xxx` |
 * | `sexting my ex again` | `UKCIS training on sharing nudes`, `Year 9 lesson on the dangers of porn` |
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
