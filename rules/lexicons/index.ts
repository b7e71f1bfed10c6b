import type { LexiconData, LexiconOptions } from '../../lib/analyze/lexicon';
import commercial from './commercial.json';
import context from './context.json';
import credentials from './credentials.json';
import email from './email.json';
import names from './names.json';
import phone from './phone.json';
import profanity from './profanity.json';
import pupilContact from './pupil-contact.json';
import pupilRefs from './pupil-refs.json';
import schoolWords from './school-words.json';
import sexual from './sexual.json';
import staffRoles from './staff-roles.json';
import violence from './violence.json';

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`); `inflect` groups match every form of their verbs.
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData } & LexiconOptions> = {
  commercial: { data: commercial },
  context: { data: context },
  credentials: { data: credentials },
  email: { data: email },
  names: { data: names },
  phone: { data: phone },
  profanity: { data: profanity, masked: true },
  'pupil-contact': { data: pupilContact },
  'pupil-refs': { data: pupilRefs },
  'school-words': { data: schoolWords },
  'staff-roles': { data: staffRoles },
  sexual: { data: sexual, masked: true },
  // Verbs listed once match every form (stab, stabbed, stabbing); `hang`, `hit`, `kick`
  // and `deck` keep their written forms (hanging out, hitting the gym, kicking off, decking).
  violence: { data: violence, inflect: ['harm', 'arson'], keepForms: ['hang', 'hit', 'kick', 'deck', 'lamp', 'glass', 'knife', 'hurt'] },
};
