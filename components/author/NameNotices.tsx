import type { NameNotice } from '../../lib/rule-pack/name-context';
import { type MessageKey, t } from '../i18n';

export interface NameNoticesProps {
  notices: readonly NameNotice[];
}

// One plain sentence per reason (issue 13, point 3); `pack build` prints the same list.
const WHY: Record<NameNotice['reason'], MessageKey> = {
  famous: 'author_name_famous',
  worship: 'author_name_worship',
  institution: 'author_name_institution',
  'school-name': 'author_name_school_name',
  everyday: 'author_name_everyday',
  place: 'author_name_place',
};

/**
 * Which of the pack's names flag only when a draft is about school or work, and
 * why, so leadership is not surprised that "Summit" alone passes. Pupils are a
 * count: the page may be on a shared screen.
 */
export function NameNotices({ notices }: NameNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div id="name-notices" role="status">
      <h3>{t('author_names_heading')}</h3>
      <p class="hint">{t('author_names_help')}</p>
      <ul>
        {notices.map((n) => (
          <li key={`${n.field}:${n.name ?? n.word}`}>{line(n)}</li>
        ))}
      </ul>
    </div>
  );
}

function line(n: NameNotice): string {
  if (n.field === 'pupils') return t('author_names_pupils', String(n.count ?? 0));
  if (n.unlessChurch) return t('author_names_church_line', n.name ?? '');
  // `Pebble Hill` is made of everyday words; `Summit` is one.
  const why = n.reason === 'everyday' && /\s/.test(n.name ?? '') ? t('author_name_everyday_words') : t(WHY[n.reason], n.word);
  if (n.field === 'place') return t('author_names_place_line', [n.name ?? '', why]);
  return t(n.field === 'staff' ? 'author_names_staff_line' : 'author_names_line', [n.name ?? '', why]);
}
