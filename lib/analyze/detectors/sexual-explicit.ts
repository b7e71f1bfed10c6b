import type { Detector } from '../types';
import { cueMatches } from './cues';

/**
 * Sexual content that needs no context (lexicon `sexual`, group `strong`; eval
 * README "sexual"): pornography, nudes and explicit-photo requests, adult-content
 * subscriptions, sex toys, plain sexual slang. Innuendo is `sexual-innuendo`.
 *
 * | flags | allows |
 * |---|---|
 * | `nudes`, `p*rn`, `OnlyFans`, `sex toy`, `horny`, `dirty weekend`, `shagging`, 🔞 | `Essex`, `Sussex`, `sexton` (whole words only) |
 * | `who wants the uncropped version?`, `send me your naughtiest pics` | `sexual health clinic`, `sex education`, `RSE curriculum` |
 * | `have sex`, `booty call`, `friends with benefits` | `shag pile carpet`, `same-sex marriage`, `Love you xxx` |
 */
export const sexualExplicit: Detector = {
  id: 'sexual-explicit',
  detect(ctx, rule) {
    return cueMatches(ctx, 'sexual')
      .filter((m) => m.group === 'strong')
      .map((m) => {
        const [start, end] = ctx.span(m.i, m.j);
        return { category: rule.category, rule: rule.id, start, end, priority: 2 };
      });
  },
};
