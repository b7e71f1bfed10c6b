import type { LexiconData, LexiconOptions } from '../../lib/analyze/lexicon';
import commercial from './commercial.json';
import confidential from './confidential.json';
import context from './context.json';
import credentials from './credentials.json';
import derogatory from './derogatory.json';
import discriminatory from './discriminatory.json';
import email from './email.json';
import nameContext from './name-context.json';
import names from './names.json';
import people from './people.json';
import phone from './phone.json';
import profanity from './profanity.json';
import protectedGroups from './protected.json';
import pupilContact from './pupil-contact.json';
import pupilRefs from './pupil-refs.json';
import schoolWords from './school-words.json';
import sexual from './sexual.json';
import staffRoles from './staff-roles.json';
import violence from './violence.json';

function withPeople(data: LexiconData): LexiconData {
  return { ...data, target: [...people.person, ...(data.target ?? [])] };
}

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`); `inflect` groups match every form of their verbs.
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData } & LexiconOptions> = {
  commercial: { data: commercial },
  confidential: { data: confidential },
  context: { data: context },
  credentials: { data: credentials },
  // People and insults are listed once, singular: the compiler adds plurals; the people an insult
  // or a threat can target are one list (people.json), each detector adding its own extras (issue 13, point 7).
  derogatory: { data: withPeople(derogatory), masked: true, plural: ['target', 'insult'] },
  discriminatory: { data: discriminatory },
  email: { data: email },
  // Names that mean something else too (lib/analyze/name-context.ts); a pack adds its `everyday` words.
  'name-context': { data: nameContext },
  names: { data: names },
  phone: { data: phone },
  profanity: { data: profanity, masked: true },
  protected: { data: protectedGroups },
  'pupil-contact': { data: pupilContact },
  'pupil-refs': { data: pupilRefs },
  'school-words': { data: schoolWords },
  sexual: { data: sexual, masked: true },
  'staff-roles': { data: staffRoles },
  // Verbs listed once match every form (stab, stabbed, stabbing); `hang`, `hit`, `kick`
  // and `deck` keep their written forms (hanging out, hitting the gym, kicking off, decking).
  violence: { data: withPeople(violence), inflect: ['harm', 'arson'], keepForms: ['hang', 'hit', 'kick', 'deck', 'lamp', 'glass', 'knife', 'hurt'], plural: ['target', 'weapon', 'tool'] },
};
