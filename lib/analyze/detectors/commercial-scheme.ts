import type { Candidate, Detector } from '../types';
import { cueMatches, pairedCues, toCues, type Cue } from '../cues';

/**
 * Promotion and soliciting (lexicon `commercial`; eval README "commercial"):
 * get-rich and crypto schemes, MLM recruiting, loan scams, crypto giveaways,
 * promo codes, referral links, `#ad`, adult-content subscriptions.
 *
 * Set phrases (group `scheme`: "join my team", "payday loan", "my referral
 * link", "my OnlyFans"), a promo code ("use code SAVE20"), a referral URL
 * (`/ref/`, `?ref=`) and an advertising hashtag flag alone. Weak cues flag in
 * pairs across the draft (see PAIRS): a money claim ("made £3,000 in one week")
 * with crypto, a call to action or hype emoji; an MLM line with another or a
 * call to action; "hey hun" with an MLM line; a loan, "discount code" or
 * "exclusive content" with a call to action.
 *
 * | flags | allows |
 * |---|---|
 * | a money claim with crypto or hype emoji; a crypto giveaway (send some, get more back) | losing money on crypto; teaching about it |
 * | an MLM line with "hey hun" or a call to action (side hustle, your own hours, join my team) | "hey hun" with no MLM line; "DM me" about school work |
 * | a promo code to use; a referral link (`/ref/`, `?ref=`) | a door code; a private sale of the poster's own things |
 * | a loan offer with a call to action | the poster's own loan |
 * | exclusive content to subscribe to | subscribing to a newsletter |
 *
 * Examples: rules/packs/rules/commercial.json, rule `commercial/scheme` (run by tests/rules/examples.test.ts).
 */
const PAIRS = [
  ['money', 'coin'], ['money', 'cta'], ['money', 'mlm'], ['money', 'hype'], ['money', 'giveaway'], ['coin', 'giveaway'],
  ['coin', 'hype'], ['greet', 'mlm'], ['mlm', 'mlm'], ['mlm', 'cta'], ['loan', 'cta'], ['promo', 'cta'], ['promo', 'hype'], ['adult', 'cta'],
] as const;
const WEAK = new Set(PAIRS.flat());

// "made £3,000 in one week", "earning $500 a day", "make £2k per month": a money claim per time.
const MONEY_CLAIM = /\b(?:made|make|making|earn|earned|earning|earnt)\s+(?:over\s+|up to\s+|about\s+)?[£$€]\s?\d[\d,.]*k?\+?\s+(?:in\s+(?:a|one|just|only|under|\d+)\s+|a\s+|per\s+|each\s+|every\s+|this\s+|last\s+)(?:single\s+)?(?:day|days|week|weeks|month|months|hour|hours|weekend|fortnight)\b/g;
const REFERRAL = /[/?&](?:ref|referral|invite|aff|affiliate)[/=]/g;

export const commercialScheme: Detector = {
  id: 'commercial-scheme',
  detect(ctx, rule) {
    const { tokens, text } = ctx;
    const matches = cueMatches(ctx, 'commercial');
    const out: Candidate[] = [];
    const flag = (start: number, end: number) => out.push({ category: rule.category, rule: rule.id, start, end, priority: 1 });
    for (const m of matches) {
      if (m.group === 'scheme' || (m.group === 'ad-tag' && tokens[m.i]!.tag === '#')) flag(...ctx.span(m.i, m.j));
    }
    // A promo code: "code" then a capitalised code with letters and digits, as typed ("use code TEACH50").
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (!ctx.lex('commercial').matchAt(tokens, k, 'code-word')) continue;
      const [s, e] = ctx.span(k + 1, k + 2);
      const typed = text.slice(s, e);
      if (/^[A-Z0-9]{4,}$/.test(typed) && /[A-Z].*[A-Z]/.test(typed) && /[0-9]/.test(typed)) flag(...ctx.span(k, k + 2));
    }
    const norm = ctx.norm.text;
    for (const m of norm.matchAll(REFERRAL)) {
      let s = m.index, e = m.index;
      while (s > 0 && !/\s/.test(norm[s - 1]!)) s--;
      while (e < norm.length && !/\s/.test(norm[e]!)) e++;
      flag(...ctx.spanOf(s, e));
    }
    const cues: Cue[] = toCues(ctx, matches, WEAK);
    for (const m of norm.matchAll(MONEY_CLAIM)) {
      const [start, end] = ctx.spanOf(m.index, m.index + m[0].length);
      cues.push({ start, end, group: 'money', phrase: m[0] });
    }
    out.push(...pairedCues(ctx, rule, cues, PAIRS, 'commercial-'));
    return out;
  },
};
