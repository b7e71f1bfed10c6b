import type { Lexicon } from '../lexicon';
import type { Candidate, ChunkContext, Detector, RuleConfig } from '../types';

/**
 * Personal e-mail addresses, plain or obfuscated, read in the folded text
 * (lowercase, so `AT`/`DOT` count). Word lists: lexicon `email` (`tld`,
 * `provider`, `role`, `not-local`, `email-cue`).
 *
 * | flags | allows |
 * |---|---|
 * | a personal address in plain form | a handle: nothing before the @ |
 * | an address written with [at] and [dot], or (at) and (dot) | a bare "at ... dot com" with no domain after it |
 * | an address written with a bare "at" and "dot" after a mail provider or an address-like name | a bare "at" with no mail provider, no address-like name and no e-mail cue; a website |
 * | an address written with a bare "at" after an e-mail cue ("email me:") | role addresses of organisations (office@, info@): not personal |
 *
 * Examples: rules/packs/rules/contact-details.json, rule `contact-details/email` (run by tests/rules/examples.test.ts).
 */
const W = '[a-z0-9_%+\\-]{1,64}';
const DOT = '(?:\\.|\\s*[\\[({<]\\s*dot\\s*[\\])}>]\\s*|\\s+dot\\s+)';
const AT = '(@|\\s+@\\s+|\\s*[\\[({<]\\s*(?:at|@)\\s*[\\])}>]\\s*|\\s+at\\s+)';
// W and DOT/AT start with different characters, so nothing is tried twice; the bounded
// repeats keep each attempt short, so "a dot a dot a dot ..." stays linear.
const EMAIL = new RegExp(`(?<![a-z0-9_%+.\\-@])(${W}(?:${DOT}${W}){0,5})${AT}([a-z0-9\\-]{1,63}(?:${DOT}[a-z0-9\\-]{1,63}){1,4})`, 'g');
const DOT_SPLIT = /\s*[[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\./;

/** Whether a single word is listed in a group of the lexicon. */
function listed(lex: Lexicon, word: string, group: string): boolean {
  const m = lex.matchAt([{ t: word, s: 0, e: word.length, cap: false, upper: false }], 0, group);
  return m !== undefined;
}

/** Whether an e-mail cue word (email, inbox, contact...) comes before folded offset `at`. */
function cued(ctx: ChunkContext, lex: Lexicon, at: number): boolean {
  for (let k = 0; k < ctx.tokens.length && ctx.tokens[k]!.e <= at; k++) {
    if (lex.matchAt(ctx.tokens, k, 'email-cue')) return true;
  }
  return false;
}

function isPersonal(ctx: ChunkContext, lex: Lexicon, m: RegExpExecArray): boolean {
  const [, local, at, domain] = m as unknown as [string, string, string, string];
  const labels = domain.split(DOT_SPLIT);
  const locals = local.split(DOT_SPLIT);
  if (labels.some((l) => !l) || !listed(lex, labels[labels.length - 1]!, 'tld')) return false;
  const provider = listed(lex, labels[0]!, 'provider');
  // office@, info@, year6@ an organisation's domain: not a person's address.
  if (locals.length === 1 && !provider && (listed(lex, local, 'role') || /^(?:year|yr|class|form)\d/.test(local))) return false;
  if (!/^\s+at\s+$/.test(at)) return true;
  // A bare "at" is mostly English: it needs more to be an address.
  if (locals.length === 1 && listed(lex, local, 'not-local')) return false;
  if (provider || locals.length > 1 || /[0-9_%+-]/.test(local)) return true;
  // "email sam at sambakes dot co dot uk": spelt-out dots after an e-mail cue (but "the cafe at sambakes.co.uk" is a website).
  return /\sdot\s|[\])}>]/.test(domain) && cued(ctx, lex, m.index);
}

export const email: Detector = {
  id: 'email',
  detect(ctx: ChunkContext, rule: RuleConfig): Candidate[] {
    const text = ctx.norm.text;
    if (!text.includes('@') && !text.includes('at')) return [];
    const lex = ctx.lex('email');
    const out: Candidate[] = [];
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) {
      if (!isPersonal(ctx, lex, m)) {
        // The address may start later: "me at jo dot bloggs at gmail dot com".
        EMAIL.lastIndex = m.index + 1;
        continue;
      }
      const [start, end] = ctx.spanOf(m.index, m.index + m[0].length);
      out.push({ category: rule.category, rule: rule.id, start, end, suggestion: '' });
    }
    return out;
  },
};
