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

// Plurals English does not make with -s/-es/-ies (rules/lexicons/irregular-nouns.json would be
// overkill for these few; a word ending in one of them takes its plural too: chairman -> chairmen).
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  man: 'men', woman: 'women', child: 'children', person: 'people', wife: 'wives', life: 'lives',
  knife: 'knives', thief: 'thieves', wolf: 'wolves', half: 'halves', foot: 'feet', tooth: 'teeth',
  mouse: 'mice', goose: 'geese', sheep: 'sheep', staff: 'staff', police: 'police',
};

/**
 * A noun and its plural, so a word list can say `dinner lady` once and match
 * `dinner ladies` (issue 13, point 7: lists had "bullys" and not "bullies").
 * Only the last word of a phrase is a noun to inflect; a word already plural, a
 * pronoun or a phrase ending in a non-word is left alone by the caller's choice
 * of groups.
 */
export function nounForms(noun: string): string[] {
  if (!/^[a-z]{2,}$/.test(noun)) return [noun];
  for (const [one, many] of Object.entries(IRREGULAR_PLURALS)) {
    if (noun === one || (noun.endsWith(one) && noun.length > one.length + 2)) return [...new Set([noun, noun.slice(0, -one.length) + many])];
  }
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  return [noun, `${noun}s`];
}
