import { useId } from 'preact/hooks';
import { t } from '../i18n';
import type { EventGate } from '../../lib/dom/trust';

export interface SchoolDeviceNoticeProps {
  /**
   * Trusted clicks only in the extension (lib/dom/trust.ts): a page's script must not
   * give the person's say-so for them. Unit tests pass a permissive gate.
   */
  acceptEvent: EventGate;
  /** "I'm authorised (today)": the caller records it and takes the notice away. */
  onAuthorised(): void;
}

/**
 * The quiet notice on a school device (issue 15, point 4; policy section 4): what the
 * policy says, and one button for the person's own word that leadership authorised them.
 * Not a dialog and not in the way: it takes no focus and blocks nothing.
 */
export function SchoolDeviceNotice(props: SchoolDeviceNoticeProps) {
  const textId = useId();
  return (
    <aside class="pg-notice" aria-labelledby={textId}>
      <p id={textId} class="notice-text">
        {t('notice_school_device')}
      </p>
      <button type="button" class="btn" onClick={(e) => props.acceptEvent(e) && props.onAuthorised()}>
        {t('notice_school_device_authorised')}
      </button>
    </aside>
  );
}
