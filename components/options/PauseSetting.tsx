import type { ComponentChildren } from 'preact';
import { DEFAULT_PAUSE_LEVEL, effectivePauseLevel } from '../../lib/review/pause-level';
import { stricterPause } from '../../lib/rule-pack/layer';
import type { PauseLevel } from '../../rules/schema';
import { type MessageKey, t } from '../i18n';

/** The choices from laxest to strictest as staff read them; each finishes "Pause when the draft has…". */
const CHOICES: ReadonlyArray<{ level: PauseLevel; label: MessageKey }> = [
  { level: 'high', label: 'options_pause_high' },
  { level: 'warn', label: 'options_pause_warn' },
  { level: 'info', label: 'options_pause_info' },
  { level: 'off', label: 'options_pause_off' },
];

export const pauseLabel = (level: PauseLevel) => t(CHOICES.find((c) => c.level === level)!.label);

export interface PauseSettingProps {
  /** The pack in force's `pause` (undefined: postguard's default, high, not locked). */
  packPause: { level: PauseLevel; locked?: boolean } | undefined;
  /** Staff's own choice (postingSettings.pauseLevel); undefined: the pack's level. */
  staffLevel: PauseLevel | undefined;
  /** undefined: forget staff's choice and follow the pack. */
  onChange(level: PauseLevel | undefined): void;
  /** Shown at the end of the section (the saved drafts' retention). */
  children?: ComponentChildren;
}

/**
 * When the pause before posting opens (issue 5, point 4). The radio checked is the
 * level in force, so a choice a locked pack overrides never looks as if it held.
 */
export function PauseSetting({ packPause, staffLevel, onChange, children }: PauseSettingProps) {
  const inForce = effectivePauseLevel(packPause, staffLevel);
  const packLevel = packPause?.level ?? DEFAULT_PAUSE_LEVEL;
  const locked = packPause?.locked === true;
  // Laxer than a locked level: stricterPause would pick the pack's level over it.
  const allowed = (level: PauseLevel) => !locked || stricterPause(packLevel, level) === level;
  const fromSchool = staffLevel === undefined || inForce !== staffLevel;
  return (
    <section aria-labelledby="pause-title">
      <h2 id="pause-title">{t('options_pause_heading')}</h2>
      <p class="muted">{t('options_pause_help')}</p>
      <fieldset class="choices" aria-describedby={locked ? 'pause-locked' : undefined}>
        <legend>{t('options_pause_legend')}</legend>
        {CHOICES.map(({ level, label }) => (
          <label key={level} class={allowed(level) ? undefined : 'disabled'}>
            <input type="radio" name="pause-level" value={level} checked={level === inForce} disabled={!allowed(level)} onChange={() => onChange(level)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {locked && (
        <p id="pause-locked" class="hint">
          {t('options_pause_locked', pauseLabel(packLevel))}
        </p>
      )}
      <div class="row">
        <p role="status">{t(fromSchool ? 'options_pause_from_school' : 'options_pause_from_you', pauseLabel(inForce))}</p>
        {staffLevel !== undefined && (
          <button type="button" class="btn" onClick={() => onChange(undefined)}>
            {t('options_pause_use_school')}
          </button>
        )}
      </div>
      {children}
    </section>
  );
}
