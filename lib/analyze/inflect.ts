import irregular from '../../rules/lexicons/irregular-verbs.json';

/**
 * The forms of an English verb, so a word list can say `stab` once and match
 * `stabs`, `stabbed`, `stabbing` (and `throw` match `threw`, `thrown` from
 * rules/lexicons/irregular-verbs.json). Regular spelling rules: e-drop
 * (`strangle` -> `strangled`, `strangling`), y -> ied (`bully` -> `bullied`),
 * consonant doubling after a short vowel (`stab` -> `stabbed`), -es after
 * s/x/z/ch/sh (`smash` -> `smashes`).
 */
const IRREGULAR = new Map<string, string[]>();
for (const line of irregular.forms) {
  const forms = line.split(' ');
  IRREGULAR.set(forms[0]!, forms);
}

const VOWEL = /[aeiou]/;

export function verbForms(verb: string): string[] {
  const known = IRREGULAR.get(verb);
  if (known) return known;
  if (!/^[a-z]{2,}$/.test(verb)) return [verb];
  const out = new Set([verb]);
  const last = verb[verb.length - 1]!;
  const prev = verb[verb.length - 2]!;
  if (last === 'e') {
    const stem = verb.slice(0, -1);
    out.add(`${verb}s`).add(`${verb}d`).add(`${stem}ing`);
  } else if (last === 'y' && !VOWEL.test(prev)) {
    const stem = verb.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`).add(`${verb}ing`);
  } else {
    out.add(/(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`);
    // Doubling: one short vowel before a final consonant in a one-syllable verb (stab, slap, whip).
    const double = verb.length <= 4 && VOWEL.test(prev) && !VOWEL.test(verb[verb.length - 3] ?? 'a') && !/[wxy]/.test(last) && !VOWEL.test(last);
    const stem = double ? verb + last : verb;
    out.add(`${stem}ed`).add(`${stem}ing`);
  }
  return [...out];
}
