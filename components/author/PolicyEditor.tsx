import { useState } from 'preact/hooks';
import { type SplitPolicy, splitPolicyText } from '../../lib/rule-pack/policy-text';
import { t } from '../i18n';
import type { AuthorDraft } from './draft';
import { TextField } from './fields';

export interface PolicyEditorProps {
  draft: AuthorDraft;
  onChange(draft: AuthorDraft): void;
}

/**
 * The school's policy pasted whole, split into sections findings can cite, each
 * then editable. Splitting replaces the sections only when asked, so edits made
 * to them are never overwritten by a stray paste.
 */
export function PolicyEditor({ draft, onChange }: PolicyEditorProps) {
  const [pasted, setPasted] = useState('');
  const [warnings, setWarnings] = useState<SplitPolicy['warnings']>([]);
  const sections = draft.sections;
  const setSection = (i: number, field: 'id' | 'title' | 'summary', value: string) =>
    onChange({ ...draft, sections: sections.map((s, j) => (j === i ? { ...s, [field]: value } : s)) });

  function split() {
    const result = splitPolicyText(pasted);
    setWarnings(result.warnings);
    onChange({ ...draft, policyTitle: result.title ?? draft.policyTitle, sections: result.sections });
  }

  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('author_policy_heading')}</h2>
      <TextField id="policy-paste" label={t('author_policy_paste')} hint={t('author_policy_paste_hint')} multiline value={pasted} onInput={setPasted} />
      <button type="button" class="btn" disabled={!pasted.trim()} onClick={split}>
        {sections.length > 0 ? t('author_policy_split_replace') : t('author_policy_split')}
      </button>
      {warnings.length > 0 && (
        <ul class="errors">
          {warnings.map((w) => (
            <li key={w.line}>{t('author_policy_warning', [String(w.line), w.message])}</li>
          ))}
        </ul>
      )}
      <TextField id="policy-doc-title" label={t('author_policy_title')} value={draft.policyTitle} onInput={(policyTitle) => onChange({ ...draft, policyTitle })} />
      <p role="status">{t('author_policy_count', String(sections.length))}</p>
      <ol class="sections">
        {sections.map((s, i) => (
          <li key={i}>
            <fieldset>
              <legend>{t('author_policy_section', [s.id, s.title])}</legend>
              <TextField id={`section-${i}-id`} label={t('author_section_id')} value={s.id} onInput={(v) => setSection(i, 'id', v)} />
              <TextField id={`section-${i}-title`} label={t('author_section_title')} value={s.title} onInput={(v) => setSection(i, 'title', v)} />
              <TextField id={`section-${i}-summary`} label={t('author_section_summary')} multiline value={s.summary} onInput={(v) => setSection(i, 'summary', v)} />
              <button type="button" class="btn btn-small" onClick={() => onChange({ ...draft, sections: sections.filter((_, j) => j !== i) })}>
                {t('author_section_remove', s.title)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" class="btn" onClick={() => onChange({ ...draft, sections: [...sections, { id: String(sections.length + 1), title: '', summary: '' }] })}>
        {t('author_section_add')}
      </button>
    </section>
  );
}
