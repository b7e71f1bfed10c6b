import { t } from '../i18n';

/** What changed in the last accepted pack, as the background stored it for staff to read once. */
export interface PackUpdateNoticeProps {
  version: number;
  /** describeChanges() lines: "Added 3 staff names", "Profanity: severity warn -> high". */
  changes: string[];
  /** Who published it ("Oakhollow Primary School"), when the pack says. */
  publisher?: string;
  onDismiss: () => void;
}

/**
 * "School rules updated to version N" at the top of the popup: staff should know
 * the rules changed and how, in words, before they meet a new nudge.
 */
export function PackUpdateNotice(props: PackUpdateNoticeProps) {
  return (
    <section class="pack-update" role="status" aria-labelledby="pack-update-title">
      <h2 id="pack-update-title">{t('pack_updated_heading', String(props.version))}</h2>
      {props.publisher && <p class="muted">{t('pack_updated_publisher', props.publisher)}</p>}
      {props.changes.length > 0 ? (
        <ul class="pack-changes">
          {props.changes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('pack_updated_no_changes')}</p>
      )}
      <button type="button" class="btn btn-small" onClick={props.onDismiss}>
        {t('pack_updated_dismiss')}
      </button>
    </section>
  );
}
