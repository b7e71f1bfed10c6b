import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { SectionList } from '../finding-parts';
import { t } from '../i18n';
import { type Policy, sectionsFor } from '../policy-sections';
import type { EventGate } from '../../lib/dom/trust';
import { keepTabInside } from './focus-trap';

export interface ContactPauseProps {
  /** The person's name as the page shows it ("Tom Sample"). */
  name: string;
  /** The sections the pack gives `pupil-contact` (section 6 in the default policy). */
  sections: readonly string[];
  policy: Pick<Policy, 'sections'>;
  /** Trusted clicks and keys only in the extension (lib/dom/trust.ts): a page's script cannot accept past the guard. */
  acceptEvent: EventGate;
  onCancel(): void;
  onAcceptAnyway(): void;
}

/**
 * The request guard's pause (issue 15, point 1; contract, "Request guard"): a
 * friend request, follow or connection to someone whose full name is a pupil's.
 * Focus starts on "Cancel", the safe choice; Escape means Cancel. Nothing is
 * blocked: "Accept anyway" lets the site's own action go ahead.
 */
export function ContactPauseDialog(props: ContactPauseProps) {
  const headingId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    cancelRef.current?.focus({ preventScroll: true });
  }, []);

  function onKeyDown(e: KeyboardEvent) {
    // The site must not see keys typed here: Enter would press its own button again.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (props.acceptEvent(e)) props.onCancel();
      return;
    }
    keepTabInside(e, dialogRef.current);
  }

  return (
    <div ref={dialogRef} class="pg-pause" role="dialog" aria-modal="true" aria-labelledby={headingId} aria-describedby={descriptionId} onKeyDown={onKeyDown}>
      <h2 id={headingId} class="pause-heading">{t('contact_heading')}</h2>
      <p id={descriptionId} class="pause-description">{t('contact_description', props.name)}</p>
      <div class="pause-finding sev-high contact-policy">
        <p class="card-message">{t('contact_policy')}</p>
        <SectionList sections={sectionsFor([...props.sections], props.policy)} />
      </div>
      <div class="pause-actions">
        <button ref={cancelRef} type="button" class="btn btn-primary" onClick={(e) => props.acceptEvent(e) && props.onCancel()}>
          {t('contact_cancel')}
        </button>
        <button type="button" class="btn btn-quiet" onClick={(e) => props.acceptEvent(e) && props.onAcceptAnyway()}>
          {t('contact_accept_anyway')}
        </button>
      </div>
    </div>
  );
}
