import { t } from '../i18n';

export interface RetentionNoteProps {
  /** The retention in force (lib/review/retention.ts retentionDays). */
  days: number;
  /** Whether the pack in force sets it, or postguard's default applies. */
  fromPack: boolean;
  /** review.html. */
  reviewUrl: string;
}

/** How long drafts kept with "Save for review" stay, and where to find them. */
export function RetentionNote({ days, fromPack, reviewUrl }: RetentionNoteProps) {
  return (
    <p>
      {t(fromPack ? 'options_retention_pack' : 'options_retention_default', String(days))}{' '}
      <a href={reviewUrl}>{t('options_review_link')}</a>
    </p>
  );
}
