import type { PackV2 } from '../../rules/schema';
import { nameForms, words } from '../analyze/pupil-hashes';

/**
 * Nothing else in a pack may give a pupil away (issue 12): a roster name in an
 * example, a rule example, the policy text or any other clear field would undo
 * the hashing. Every string of the pack is read as the analyzer reads drafts
 * (folded words) and searched for a pupil's full name, either spelling of an
 * apostrophe. Full names only: first names alone (`Will`, `Grace`) are common
 * words, and a pack's own "Tom in my class" example names no one.
 *
 * A problem names the field and the pupil's place on the roster, not the name,
 * so the message can sit in a build log.
 */
const SKIP = new Set(['profile.pupils', 'profile.pupilHashes', 'profile.termHashes']);

export function findRosterNames(pack: PackV2 | object, roster: readonly string[]): string[] {
  const byForm = new Map<string, number>();
  let longest = 1;
  roster.forEach((name, i) => {
    for (const f of nameForms(name).full) {
      if (!f.includes(' ')) continue;
      if (!byForm.has(f)) byForm.set(f, i + 1);
      longest = Math.max(longest, f.split(' ').length);
    }
  });
  const problems: string[] = [];
  if (!byForm.size) return problems;
  const visit = (v: unknown, path: string) => {
    if (SKIP.has(path)) return;
    if (typeof v === 'string') {
      const w = words(v);
      for (let i = 0; i < w.length; i++) {
        let key = w[i]!;
        for (let n = 2; n <= longest && i + n <= w.length; n++) {
          key += ` ${w[i + n - 1]}`;
          const at = byForm.get(key);
          if (at !== undefined) {
            problems.push(`${path || '(top level)'}: contains the full name of pupil ${at} on the roster; a pack is read outside the school, so use an invented name`);
            return;
          }
        }
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k);
  };
  visit(pack, '');
  return problems;
}
