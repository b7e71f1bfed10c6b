import type { Candidate, Detector } from '../types';
import { yearPlural } from './pupils';

/**
 * Private contact offered to, sought with or accepted from pupils or their
 * families outside school systems. Two parts, anywhere in the draft: an offer of
 * contact (`add me on snap`, `DM me`, `join my WhatsApp group`, `accepted a
 * friend request`) and a pupil audience (`Year 6 leavers`, `Kids,`, `class
 * parents`, `Zara's mum`).
 *
 * | flags | allows |
 * |---|---|
 * | pupils or leavers addressed by year, asked to add the poster on a private app | a phone number for an adults' club (no pupil audience) |
 * | parents addressed, asked to message or e-mail the poster privately, or a WhatsApp group for class parents | parents' evening followed by "text me" (an event, not an audience) |
 * | a pupil's parent's friend request, accepted | the poster's own children getting them onto an app |
 * | a roster pupil's parent messaged privately (a roster name + parent) | the school's own account to follow |
 * | a roster pupil followed back, or sending the poster a snap (roster child + offer, one sentence) | a famous name sharing a roster first name, with "follow me" |
 * | sixth formers asked to DM the poster; a pupil sliding into the poster's DMs | sixth formers mentioned with no offer |
 *
 * Examples: rules/packs/rules/pupil-contact.json, rule `pupil-contact/private-channel` (run by tests/rules/examples.test.ts).
 */
export const pupilContact: Detector = {
  id: 'pupil-contact',
  detect(ctx, rule) {
    const out: Candidate[] = [];
    const { tokens, text } = ctx;
    const lex = ctx.lex('pupil-contact');
    const matches = lex.scan(tokens);
    // An offer in this sentence: "DM me on TikTok kids if you're stuck".
    const offers = matches.filter((m) => m.group === 'offer');
    for (const m of matches) {
      if (m.group === 'offer') {
        const [start, end] = ctx.span(m.i, m.j);
        out.push({ category: rule.category, rule: rule.id, start, end, requires: { 'pupil-audience': 1 } });
      } else if (m.group === 'audience') {
        const first = tokens[m.i]!;
        const prev = tokens[m.i - 1];
        const next = tokens[m.j];
        // The writer's own children or parents, or "parents' evening", are not an audience.
        if (prev && lex.matchAt(tokens, m.i - 1, 'own') && !/^(class|pupils|year)/.test(m.phrase) && !m.phrase.startsWith('my')) continue;
        if (next && /^(evening|evenings|meeting|meetings|day|night|association|forum|survey|council)$/.test(next.t)) continue;
        const bare = /^(kids|parents|year #|y#|pupils|students|sixth formers)$/.test(m.phrase);
        // An offer in the same sentence makes a bare child-audience word count; parents, mums and
        // families must still be addressed (an MLM post to "busy mums" is not to pupils' parents).
        const childWord = /^(kids|year #|y#|pupils|students|sixth formers)$/.test(m.phrase);
        // ...right after the offer ("DM me on TikTok kids"), not "while the kids nap".
        const afterOffer = childWord && offers.some((o) => m.i >= o.j && m.i - o.j <= 3) && !/^(the|my|our|your)$/.test(prev?.t ?? '');
        if (bare && !afterOffer && !addressed(text, ctx.span(m.i, m.j), first.s === tokens[0]!.s)) continue;
        ctx.addFeature('pupil-audience');
      }
    }
    // "my Year 5s": the writer's pupils.
    // "my Year 5s", or "Year 11s, ..." addressed at the start of a sentence.
    if (yearPlural(tokens, 0)) ctx.addFeature('pupil-audience');
    for (let i = 0; i < tokens.length; i++) if (tokens[i]!.t === 'my' && yearPlural(tokens, i + 1)) ctx.addFeature('pupil-audience');
    // A roster child's parent: "Zara's mum", "Kai Thompson's dad".
    for (const m of ctx.pack.profile.pupils.scan(tokens)) {
      if (m.group === 'initial') continue;
      // The child in the same sentence as the offer: "followed Zara Khan back on insta",
      // "Zara in my Year 9 set sent me a snap" (a first name only with the class after it).
      if (offers.length && tokens[m.i]!.cap && (m.group === 'full' || (m.group === 'first' && /^(in|from)$/.test(tokens[m.j]?.t ?? '') && /^(my|our)$/.test(tokens[m.j + 1]?.t ?? '')))) {
        ctx.addFeature('pupil-audience');
      }
      const last = tokens[m.j - 1]!;
      if (last.poss && lex.matchAt(tokens, m.j, 'audience') === undefined && /^(mum|dad|mom|mam|parents|parent|mummy|daddy|carer|nan|gran)$/.test(tokens[m.j]?.t ?? '')) {
        ctx.addFeature('pupil-audience');
      }
    }
    return out;
  },
};

/**
 * A bare audience word counts when the writer addresses it: at the start of the
 * sentence, or followed by a comma or exclamation mark (`Kids, ...`, `..., Year 6!!`).
 */
function addressed(text: string, [start, end]: [number, number], first: boolean): boolean {
  if (first) return true;
  const after = text.slice(end, end + 2);
  return /^\s*[,!:]/.test(after) || /[,.!]\s*$/.test(text.slice(Math.max(0, start - 2), start));
}
