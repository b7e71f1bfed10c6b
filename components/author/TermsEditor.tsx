import { CATEGORIES, type Category } from '../../rules/categories';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import type { AuthorDraft } from './draft';
import { TextField } from './fields';

export interface TermsEditorProps {
  draft: AuthorDraft;
  onChange(draft: AuthorDraft): void;
}

/** Words the school wants flagged (each under a category) and words it allows (never flagged). */
export function TermsEditor({ draft, onChange }: TermsEditorProps) {
  const terms = draft.terms;
  const setTerm = (i: number, patch: Partial<AuthorDraft['terms'][number]>) => onChange({ ...draft, terms: terms.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <section aria-labelledby="terms-title">
      <h2 id="terms-title">{t('author_terms_heading')}</h2>
      <p class="muted">{t('author_terms_help')}</p>
      <ul class="terms">
        {terms.map((term, i) => (
          <li key={i} class="row">
            <label class="field">
              <span>{t('author_term_text', String(i + 1))}</span>
              <input type="text" value={term.text} onInput={(e) => setTerm(i, { text: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>{t('author_term_category', String(i + 1))}</span>
              <select value={term.category} onChange={(e) => setTerm(i, { category: e.currentTarget.value as Category })}>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categoryLabel(c)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="btn btn-small" onClick={() => onChange({ ...draft, terms: terms.filter((_, j) => j !== i) })}>
              {t('author_term_remove', String(i + 1))}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="btn" onClick={() => onChange({ ...draft, terms: [...terms, { text: '', category: 'confidential' }] })}>
        {t('author_term_add')}
      </button>
      <TextField id="allowed-terms" label={t('author_allowed_terms')} hint={t('author_allowed_terms_hint')} multiline value={draft.allowedTerms} onInput={(allowedTerms) => onChange({ ...draft, allowedTerms })} />
    </section>
  );
}
