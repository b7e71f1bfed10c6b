import { useMemo, useState } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import type { SavedDraft } from '../../lib/review/retention';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { type Policy, sectionLabel, sectionsFor } from '../policy-sections';
import { HighlightedText } from './HighlightedText';

export interface SavedDraftViewProps {
  draft: SavedDraft;
  policy: Policy;
  /** The analyzer of the pack in force: the draft is checked again as it is revised here. */
  analyze(text: string): Finding[];
  onDelete(id: string): void;
  onCopy(text: string): void;
}

/** One saved draft: where and when, the words marked, why each matters, and a box to revise it in. */
export function SavedDraftView({ draft, policy, analyze, onDelete, onCopy }: SavedDraftViewProps) {
  const [text, setText] = useState(draft.text);
  const findings = useMemo(() => analyze(text), [analyze, text]);
  const headingId = `draft-${draft.id}`;
  const when = new Date(draft.savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article class="saved-draft" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('review_draft_heading', [draft.host, when])}</h3>
      <HighlightedText text={text} findings={findings} />
      {findings.length === 0 ? (
        <p class="ok">{t('review_draft_clear')}</p>
      ) : (
        <ul class="findings">
          {findings.map((f) => (
            <li key={`${f.rule}-${f.start}`}>
              <strong>{categoryLabel(f.category)}</strong>: “{f.text}”. {f.message}{' '}
              <span class="muted">
                {sectionsFor(f.sections, policy).map(sectionLabel).join('; ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <label class="revise">
        <span>{t('review_revise')}</span>
        <textarea value={text} rows={4} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={() => onCopy(text)}>
          {t('review_copy')}
        </button>
        <button type="button" class="btn" onClick={() => onDelete(draft.id)}>
          {t('review_delete')}
        </button>
      </div>
    </article>
  );
}
