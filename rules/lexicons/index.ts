import type { LexiconData } from '../../lib/analyze/lexicon';
import context from './context.json';
import credentials from './credentials.json';
import email from './email.json';
import phone from './phone.json';
import profanity from './profanity.json';

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`).
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData; masked?: boolean }> = {
  context: { data: context },
  credentials: { data: credentials },
  email: { data: email },
  phone: { data: phone },
  profanity: { data: profanity, masked: true },
};
