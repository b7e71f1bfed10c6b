import type { LexiconData } from '../../lib/analyze/lexicon';
import context from './context.json';
import credentials from './credentials.json';
import email from './email.json';
import names from './names.json';
import phone from './phone.json';
import profanity from './profanity.json';
import pupilContact from './pupil-contact.json';
import pupilRefs from './pupil-refs.json';
import schoolWords from './school-words.json';
import staffRoles from './staff-roles.json';

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`).
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData; masked?: boolean }> = {
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
};
