import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import { FindingHead, SectionList } from '../finding-parts';
import type { SaveResult } from '../../lib/messages';
import { type MessageKey, t } from '../i18n';
import { type Policy, sectionsFor } from '../policy-sections';
import { findingKey } from '../text';
import type { EventGate } from '../../lib/dom/trust';
import { keepTabInside } from './focus-trap';

export interface PauseDialogProps {
  /** Findings at the pause level; none when the pause opened for the session-time reminder alone. */
  findings: Finding[];
  /**
   * Set when Post was pressed within the pack's session times: their days and hours
   * ("Mon–Fri 08:45–15:30") for the reminder line (policy section 4; issue 15, point 4).
   */
  sessionHours?: string;
  policy: Pick<Policy, 'sections'>;
  onEdit(): void;
  onSave(): void;
  onPostAnyway(): void;
  /**
   * Which clicks and keys the dialog acts on: trusted ones only in the extension, so a
   * page's script can neither post past the pause nor fill storage through "Save for
   * review" (issue 12, points 2-3; lib/dom/trust.ts). Unit tests pass a permissive gate.
   */
  acceptEvent: EventGate;
  /** Who the post would reach, in the site's words ("Friends"), when the site shows it. */
  audience?: string;
  /** Set once the draft is kept for review: the dialog says so and stays open. */
  saved?: boolean;
  /** Set when "Save for review" kept nothing, with why: the dialog says so and stays open. */
  notSaved?: NotSaved;
}

type NotSaved = Extract<SaveResult, { saved: false }>['reason'];

/** "Not saved: ..." for each refusal (lib/messages.ts SaveResult); the text stays in the box either way. */
const NOT_SAVED: Record<NotSaved, MessageKey> = {
  'too-big': 'pause_not_saved_too_big',
  full: 'pause_not_saved_full',
  'storage-full': 'pause_not_saved_storage_full',
  invalid: 'pause_not_saved_failed',
  failed: 'pause_not_saved_failed',
};

/**
 * The one calm chance to think again before a flagged draft is posted. Nothing
 * here blocks posting: "Post anyway" is always there. Focus starts on "Edit"
 * (the safe choice) and stays inside; Escape means Edit. Within session times it
 * also carries the reminder line; a draft with no findings gets that line alone,
 * with Edit and Post anyway (there is nothing to save for review).
 */
export function PauseDialog(props: PauseDialogProps) {
  const headingId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const hasFindings = props.findings.length > 0;
  const reminder = props.sessionHours ? t('pause_session_reminder', props.sessionHours) : '';

  // A layout effect runs as render() returns: focus leaves the editor at once, so a
  // second press of Enter lands on the dialog, not in the draft.
  useLayoutEffect(() => {
    editRef.current?.focus({ preventScroll: true });
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    // The site must not see keys typed here: Ctrl+Enter or Enter would send the draft.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (props.acceptEvent(e)) props.onEdit();
      return;
    }
    keepTabInside(e, dialogRef.current);
  }

  return (
    <div
      ref={dialogRef}
      class="pg-pause"
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      onKeyDown={onKeyDown}
    >
      <h2 id={headingId} class="pause-heading">{t('pause_heading')}</h2>
      <p id={descriptionId} class="pause-description">
        {hasFindings ? t('pause_description') : `${t('pause_session_description')} ${reminder}`}
      </p>
      {props.audience ? <p class="pause-audience">{t('pause_audience', props.audience)}</p> : null}
      {hasFindings && reminder ? <p class="pause-reminder">{reminder}</p> : null}
      {/* Focusable: the list scrolls when findings are many, and keyboard users must reach it (axe scrollable-region-focusable). */}
      {hasFindings ? (
        <ul class="pause-findings" aria-label={t('pause_findings_label')} tabIndex={0}>
          {props.findings.map((f) => (
            <PauseFinding key={findingKey(f)} finding={f} policy={props.policy} />
          ))}
        </ul>
      ) : null}
      <p class="pause-status" role="status">{props.saved ? t('pause_saved') : props.notSaved ? t(NOT_SAVED[props.notSaved]) : ''}</p>
      <div class="pause-actions">
        <button ref={editRef} type="button" class="btn btn-primary" onClick={(e) => props.acceptEvent(e) && props.onEdit()}>
          {t('pause_edit')}
        </button>
        {hasFindings ? (
          <button type="button" class="btn" onClick={(e) => props.acceptEvent(e) && props.onSave()}>
            {t('pause_save')}
          </button>
        ) : null}
        <button type="button" class="btn btn-quiet" onClick={(e) => props.acceptEvent(e) && props.onPostAnyway()}>
          {t('pause_post_anyway')}
        </button>
      </div>
    </div>
  );
}

/** One finding as the nudge's card names it, with its policy sections but no actions. */
function PauseFinding(props: { finding: Finding; policy: Pick<Policy, 'sections'> }) {
  const { finding } = props;
  const sections = sectionsFor(finding.sections, props.policy);
  return (
    <li class={`pause-finding sev-${finding.severity}`}>
      <FindingHead finding={finding} />
      <p class="card-message">{finding.message}</p>
      <SectionList sections={sections} />
    </li>
  );
}
