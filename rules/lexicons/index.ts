import type { LexiconData } from '../../lib/analyze/lexicon';
import confidential from './confidential.json';
import context from './context.json';
import derogatory from './derogatory.json';
import discriminatory from './discriminatory.json';
import profanity from './profanity.json';
import protectedGroups from './protected.json';

/**
 * The word lists that ship with the extension, by name. A pack may add words
 * to any group (Pack.lexicons). `masked` lexicons also match masked spellings
 * (`f***`, `sh*t`).
 */
export const BUILTIN_LEXICONS: Record<string, { data: LexiconData; masked?: boolean }> = {
  context: { data: context },
  profanity: { data: profanity, masked: true },
  protected: { data: protectedGroups },
  discriminatory: { data: discriminatory },
  derogatory: { data: derogatory },
  confidential: { data: confidential },
};
