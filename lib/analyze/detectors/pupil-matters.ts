import { scanGroup } from '../groups';
import type { Candidate, Detector } from '../types';

/**
 * A pupil's confidential matters (lexicon `confidential`): SEN/EHCP,
 * safeguarding, social services, child protection, exclusion, restraint, care,
 * family circumstances. Policy commentary is allowed, so a topic counts only
 * about a particular child or event, never beside policy words.
 *
 * | flags | allows |
 * |---|---|
 * | a topic (EHCP, exclusion) with a child or an event | the same words about policy or funding |
 * | ambiguous words (restrained, suspended) with a child | the same words with no child (restraint as patience, a car's suspension) |
 * | SEN with a particular child ("one of my SEN lot") | SEN with only a pronoun (the SENCo and her caseload) |
 * | family + circumstance (prison, rehab), with a pupil in the draft | the poster's own family |
 * | a safeguarding referral made about a particular child | safeguarding training (not a case) |
 * | a pupil word with pregnant (a Year 11 student, not just "girl") | the poster or their family pregnant |
 *
 * Examples: rules/packs/rules/confidential.json, rule `confidential/pupil-matters` (run by tests/rules/examples.test.ts).
 */
export const pupilMatters: Detector = {
  id: 'pupil-matters',
  detect(ctx, rule) {
    const { tokens } = ctx;
    const lex = ctx.lex('confidential');
    const topics = scanGroup(lex, tokens, 'pupil-topic');
    const weak = scanGroup(lex, tokens, 'pupil-weak');
    // "send" is a verb unless written as the acronym (SEND).
    const sen = scanGroup(lex, tokens, 'pupil-sen').filter((m) => tokens[m.i]!.t !== 'send' || tokens[m.i]!.upper);
    const family = scanGroup(lex, tokens, 'family');
    // "the Year 12 girl who's pregnant": a pregnancy is a pupil's matter only with a pupil word, not "a girl".
    const pregnant = scanGroup(lex, tokens, 'pupil-pregnant');
    // The pupil comes first ("a Year 11 student ... is pregnant"): "pregnant and teaching Year 6" is the writer.
    const pupilWords = pregnant.length ? scanGroup(lex, tokens, 'pupil-only') : [];
    const pupilBefore = (i: number) => pupilWords.some((p) => p.j <= i && i - p.j <= 8);
    const pupilOnly = pregnant.some((m) => pupilBefore(m.i));
    if (!topics.length && !weak.length && !sen.length && !family.length && !pupilOnly) return [];
    if (scanGroup(lex, tokens, 'general').length) return [];
    // A particular child: "one of my", "a boy in my class", a roster name. Pronouns and "Ava's" are weaker: "her caseload" may be a SENCo's.
    const child = scanGroup(lex, tokens, 'child').length > 0 || ctx.pack.profile.pupils.scan(tokens).some((m) => m.group !== 'first' || tokens[m.i]!.cap);
    const named = tokens.some((t) => t.poss && t.cap);
    const someone = child || named || scanGroup(lex, tokens, 'child-pronoun').length + scanGroup(lex, tokens, 'child-poss').length > 0;
    const event = scanGroup(lex, tokens, 'event').length > 0;
    // "his EHCP", "her second exclusion": a possessive right before the topic points at one child.
    const whose = (i: number) => scanGroup(lex, tokens, 'child-poss').some((m) => m.j <= i && i - m.j <= 1);
    const out: Candidate[] = [];
    const emit = (i: number, j: number, requires?: Record<string, number>) => {
      const [start, end] = ctx.span(i, j);
      out.push(requires ? { category: rule.category, rule: rule.id, start, end, requires, priority: 1 } : { category: rule.category, rule: rule.id, start, end, priority: 1 });
      // "both Year 10 boys" (pupils) are singled out only beside a pupil's matter.
      if (!requires) ctx.addFeature('pupil-matter');
    };
    for (const m of topics) if (child || named || event || whose(m.i)) emit(m.i, m.j);
    // "Police were called." in the sentence after the pupil is named: the pupil is in the draft.
    for (const m of weak) if (!selfBefore(m.i)) emit(m.i, m.j, someone ? undefined : { 'pupil-named': 1 });
    for (const m of sen) if (child) emit(m.i, m.j);
    for (const m of pregnant) if (pupilBefore(m.i) && !selfBefore(m.i)) emit(m.i, m.j);
    for (const f of family) {
      const prev = tokens[f.i - 1];
      // "her dad", "Kai's mum", "whose mum": someone else's family, not "my dad".
      if (!prev || !(prev.poss || /^(his|her|their|whose)$/.test(prev.t))) continue;
      for (let k = f.j; k < Math.min(tokens.length, f.j + 6); k++) {
        const c = lex.matchAt(tokens, k, 'circumstance');
        if (!c) continue;
        emit(f.i - 1, c.j, child ? undefined : { 'pupil-context': 1 });
        break;
      }
    }
    return out;

    function selfBefore(i: number): boolean {
      for (let k = Math.max(0, i - 3); k < i; k++) if (/^(i|i'm|im|i've|ive|me)$/.test(tokens[k]!.t)) return true;
      return false;
    }
  },
};
