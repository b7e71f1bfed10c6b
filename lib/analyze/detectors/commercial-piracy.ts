import type { Candidate, Detector } from '../types';
import { cueMatches, pairedCues, toCues } from '../cues';

/**
 * Pirated or cracked films, games, audiobooks and apps (lexicon `commercial`;
 * eval README "commercial"). Group `piracy` flags alone ("mod apk", "torrent",
 * "cracked version", "free movie downloads", "IPTV", "free Netflix"). A weak
 * cue (`pirate`: "I ripped it", "send you the files", "without paying") needs
 * something to pirate (`media`: film, audiobook, game, app) or another piracy
 * cue or "for free" in the draft.
 *
 * | flags | allows |
 * |---|---|
 * | a piracy phrase alone: a modded app, free streaming of a paid service, a cracked version | a service that is free anyway (iPlayer) |
 * | a weak cue (ripped it, can send you the files) with something to pirate: an audiobook, a film, a game | "ripped" said of clothes, with nothing to pirate |
 * | torrenting a film or a series | "torrent" and "torrential" as words for a flood; "for free" alone |
 *
 * Examples: rules/packs/rules/commercial.json, rule `commercial/piracy` (run by tests/rules/examples.test.ts).
 */
const PAIRS = [['pirate', 'media'], ['pirate', 'pirate'], ['pirate', 'free']] as const;
const WEAK = new Set(PAIRS.flat());

export const commercialPiracy: Detector = {
  id: 'commercial-piracy',
  detect(ctx, rule) {
    const matches = cueMatches(ctx, 'commercial');
    const out: Candidate[] = [];
    for (const m of matches) {
      if (m.group !== 'piracy') continue;
      const [start, end] = ctx.span(m.i, m.j);
      out.push({ category: rule.category, rule: rule.id, start, end, priority: 1 });
    }
    out.push(...pairedCues(ctx, rule, toCues(ctx, matches, WEAK), PAIRS, 'commercial-'));
    return out;
  },
};
