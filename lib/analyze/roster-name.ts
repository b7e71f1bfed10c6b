import type { CompiledProfile } from './profile';
import { normalize } from './normalize';
import { tokenize } from './tokens';

/**
 * Whether a person named on a page is a pupil on the school's roster (issue 15, point 1;
 * the contract's "Request guard" and "Messages to a pupil"): the name on a request card,
 * profile header or conversation header, folded as drafts are, against the roster's full
 * names, clear or hashed (lib/analyze/pupil-hashes.ts gives both the same groups).
 *
 * | holds (returns the folded full name)               | never holds (null)                               |
 * |----------------------------------------------------|--------------------------------------------------|
 * | `Tom Sample`, `TOM SAMPLE`, `Tóm Sämple`           | `Tom`: a first name alone, however rare          |
 * | a full name within the card: `Tom Sample · 2 mutual friends` | `Tom S.`, `Sample`: an initial, a surname |
 * | a hashed roster's pupil, with the roster key       | a keyed roster without its key                   |
 * | `Zoë O’Brien` for `Zoe O'Brien`                    | a one-name roster entry (`Noah`); `Tom Samples`  |
 */
export function rosterPupilIn(profile: CompiledProfile, text: string): string | null {
  const tokens = tokenize(normalize(text));
  for (const m of profile.pupils.scan(tokens)) {
    // Two words at least: a roster entry of one name ("Noah") is a first name alone, which never holds.
    if (m.group !== 'full' || m.j - m.i < 2) continue;
    return tokens.slice(m.i, m.j).map((t) => t.t).join(' ');
  }
  return null;
}
