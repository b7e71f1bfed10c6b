import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../../rules/categories';
import type { Pack } from '../../rules/schema';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { severityLabel } from '../severity';
import type { AuthorDraft, CategoryChoice } from './draft';

export interface CategorySettingsProps {
  draft: AuthorDraft;
  /** The built-in settings, shown where the school changes nothing. */
  builtIn: Pack['categories'];
  onChange(draft: AuthorDraft): void;
}

/** Per category: on or off, how serious, and the message staff read; unchanged values stay out of the pack. */
const ids = (s: string) => s.split(/[\s,;]+/).filter(Boolean);

export function CategorySettings({ draft, builtIn, onChange }: CategorySettingsProps) {
  // Findings cite sections by id: with the school's own policy, ids it doesn't have would point nowhere.
  const known = new Set(draft.sections.map((s) => s.id));
  const missing = (c: Category) => (draft.sections.length === 0 ? [] : (draft.categories[c]?.sections ?? builtIn[c].sections).filter((id) => !known.has(id)));
  const set = (c: Category, patch: CategoryChoice) => {
    const next: CategoryChoice = { ...draft.categories[c], ...patch };
    const base = builtIn[c];
    // A choice equal to the built-in one is no choice: the pack then follows later built-in changes.
    if (next.enabled === base.enabled) delete next.enabled;
    if (next.severity === base.severity) delete next.severity;
    if (!next.message?.trim() || next.message === base.message) delete next.message;
    if (!next.sections?.length || next.sections.join() === base.sections.join()) delete next.sections;
    onChange({ ...draft, categories: { ...draft.categories, [c]: next } });
  };
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('author_categories_heading')}</h2>
      <p class="muted">{t('author_categories_help')}</p>
      <div class="category-grid">
        {CATEGORIES.map((c) => {
          const choice = draft.categories[c] ?? {};
          const base = builtIn[c];
          return (
            <fieldset key={c} class="category-setting">
              <legend>{categoryLabel(c)}</legend>
              <label class="switch">
                <input type="checkbox" checked={choice.enabled ?? base.enabled} onChange={(e) => set(c, { enabled: e.currentTarget.checked })} />
                {t('author_category_on')}
              </label>
              <label class="field">
                <span>{t('author_category_severity')}</span>
                <select value={choice.severity ?? base.severity} onChange={(e) => set(c, { severity: e.currentTarget.value as Severity })}>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {severityLabel(s)}
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span>{t('author_category_message')}</span>
                <textarea rows={2} value={choice.message ?? base.message} onInput={(e) => set(c, { message: e.currentTarget.value })} />
              </label>
              <label class="field">
                <span>{t('author_category_sections')}</span>
                <input
                  type="text"
                  value={(choice.sections ?? base.sections).join(', ')}
                  // On change (leaving the field), not on each key: "5, " mid-typing is not yet a list.
                  onChange={(e) => set(c, { sections: ids(e.currentTarget.value) })}
                />
              </label>
              {missing(c).length > 0 && <p class="error">{t('author_category_missing_sections', missing(c).join(', '))}</p>}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
