import type { Finding } from '../../lib/analyze/types';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { severityLabel } from '../severity';

export interface TryDraftProps {
  text: string;
  /** null while the pack being written can't be compiled (the reason is in `problem`). */
  findings: Finding[] | null;
  problem?: string;
  onInput(text: string): void;
}

/** A sample post checked against the pack being written, so leadership sees what staff would see. */
export function TryDraft({ text, findings, problem, onInput }: TryDraftProps) {
  return (
    <section aria-labelledby="try-title">
      <h2 id="try-title">{t('author_try_heading')}</h2>
      <div class="field">
        <label for="try-text">
          <span>{t('author_try_label')}</span>
        </label>
        <textarea id="try-text" rows={4} value={text} onInput={(e) => onInput(e.currentTarget.value)} />
      </div>
      <div role="status" aria-live="polite">
        {problem && <p class="error">{problem}</p>}
        {findings && text.trim() !== '' && findings.length === 0 && <p class="ok">{t('author_try_clear')}</p>}
        {findings && findings.length > 0 && (
          <ul class="try-findings">
            {findings.map((f) => (
              <li key={`${f.rule}:${f.start}`} class={`sev-${f.severity}`}>
                <strong>{f.text}</strong> {`${categoryLabel(f.category)} (${severityLabel(f.severity)})`}
                {f.sections.length > 0 && ` ${t('author_try_sections', f.sections.join(', '))}`}
                <span class="hint"> {f.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
