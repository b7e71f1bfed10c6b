import { PAUSE_LEVELS, type PauseLevel } from '../../rules/schema';
import { type MessageKey, t } from '../i18n';
import type { AuthorDraft } from './draft';

export interface PostingRulesProps {
  draft: AuthorDraft;
  onChange(draft: AuthorDraft): void;
}

const LEVEL_LABEL: Record<PauseLevel, MessageKey> = {
  high: 'author_pause_high',
  warn: 'author_pause_warn',
  info: 'author_pause_info',
  off: 'author_pause_off',
};

/** The longest retention the authoring page offers; the schema allows more for packs written by hand. */
const MAX_DAYS = 365;

/**
 * The pause before posting and how long saved drafts are kept (issue 5, point 4): the
 * school's level, whether staff may choose a laxer one, and the retention in days.
 * Unset fields keep postguard's defaults (pause at serious findings; 7 days).
 */
export function PostingRules({ draft, onChange }: PostingRulesProps) {
  const pause = draft.pause;
  const days = draft.retentionDays;
  const daysInvalid = days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= MAX_DAYS);
  return (
    <section aria-labelledby="posting-title">
      <h2 id="posting-title">{t('author_posting_heading')}</h2>
      <p class="muted">{t('author_posting_help')}</p>
      <div class="field">
        <label for="pause-level">
          <span>{t('author_pause_level')}</span>
        </label>
        <select
          id="pause-level"
          value={pause?.level ?? ''}
          onChange={(e) => {
            const level = e.currentTarget.value as PauseLevel | '';
            onChange({ ...draft, pause: level ? { level, locked: pause?.locked ?? false } : undefined });
          }}
        >
          <option value="">{t('author_pause_default')}</option>
          {PAUSE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(LEVEL_LABEL[level])}
            </option>
          ))}
        </select>
      </div>
      <label class="switch">
        <input
          type="checkbox"
          checked={!!pause?.locked}
          disabled={!pause}
          aria-describedby="pause-locked-hint"
          onChange={(e) => pause && onChange({ ...draft, pause: { ...pause, locked: e.currentTarget.checked } })}
        />
        <span>{t('author_pause_locked')}</span>
      </label>
      <p id="pause-locked-hint" class="hint">{t('author_pause_locked_hint')}</p>
      <div class="field">
        <label for="retention-days">
          <span>{t('author_retention')}</span>
        </label>
        <input
          id="retention-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DAYS}
          value={days ?? ''}
          placeholder="7"
          aria-invalid={daysInvalid}
          aria-describedby="retention-days-hint"
          onInput={(e) => {
            const raw = e.currentTarget.value.trim();
            onChange({ ...draft, retentionDays: raw === '' ? undefined : Number(raw) });
          }}
        />
        <span id="retention-days-hint" class={daysInvalid ? 'hint error' : 'hint'}>
          {daysInvalid ? t('author_retention_invalid', String(MAX_DAYS)) : t('author_retention_hint')}
        </span>
      </div>
    </section>
  );
}
