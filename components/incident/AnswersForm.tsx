import type { IncidentSteps } from '../../lib/incident/record';
import { t, type MessageKey } from '../i18n';
import type { IncidentAnswers } from './answers';

const STEPS: ReadonlyArray<readonly [keyof IncidentSteps, MessageKey]> = [
  ['reported', 'incident_step_reported'],
  ['blocked', 'incident_step_blocked'],
  ['toldLead', 'incident_step_told_lead'],
  ['ceop', 'incident_step_ceop'],
];

export interface AnswersFormProps {
  answers: IncidentAnswers;
  onAnswers(answers: IncidentAnswers): void;
  /** The note box lost focus: save now rather than after the pause in typing. */
  onTextDone(): void;
}

/** The person's note and whether a child may be at risk: asked first, as they decide whether CEOP applies. */
export function NoteForm({ answers, onAnswers, onTextDone }: AnswersFormProps) {
  return (
    <section aria-labelledby="note-title">
      <h2 id="note-title">{t('incident_note_label')}</h2>
      <p id="note-hint" class="muted">
        {t('incident_note_hint')}
      </p>
      <textarea
        aria-labelledby="note-title"
        aria-describedby="note-hint"
        rows={5}
        value={answers.whatHappened}
        onInput={(e) => onAnswers({ ...answers, whatHappened: e.currentTarget.value })}
        onBlur={onTextDone}
      />
      <label class="check">
        <input type="checkbox" checked={answers.childAtRisk} onChange={(e) => onAnswers({ ...answers, childAtRisk: e.currentTarget.checked })} />
        {t('incident_child_at_risk')}
      </label>
    </section>
  );
}

/** The checklist the person ticks as they go (section 9: what was done goes in the school's log). */
export function StepsChecklist({ answers, onAnswers }: Omit<AnswersFormProps, 'onTextDone'>) {
  return (
    <fieldset class="checklist">
      <legend>
        <h2>{t('incident_steps_heading')}</h2>
      </legend>
      {STEPS.map(([key, label]) => (
        <label class="check" key={key}>
          <input
            type="checkbox"
            checked={answers.steps[key]}
            onChange={(e) => onAnswers({ ...answers, steps: { ...answers.steps, [key]: e.currentTarget.checked } })}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
