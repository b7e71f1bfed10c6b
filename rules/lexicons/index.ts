import type { LexiconData } from '../../lib/analyze/lexicon';
import commercial from './commercial.json';
import context from './context.json';
import profanity from './profanity.json';
import sexual from './sexual.json';
import violence from './violence.json';

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`).
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData; masked?: boolean }> = {
  commercial: { data: commercial },
  context: { data: context },
  profanity: { data: profanity, masked: true },
  sexual: { data: sexual, masked: true },
  violence: { data: violence },
};
