import type { Finding } from '../../lib/analyze/types';
import type { SavedDraft } from '../../lib/review/retention';
import type { Category } from '../../rules/categories';
import { t } from '../i18n';
import type { Policy } from '../policy-sections';
import { NudgeChart } from './NudgeChart';
import { SavedDraftView } from './SavedDraftView';

export interface ReviewViewProps {
  drafts: SavedDraft[];
  retentionDays: number;
  bars: { category: Category; count: number }[];
  policy: Policy;
  analyze(text: string): Finding[];
  onDelete(id: string): void;
  onDeleteAll(): void;
  onCopy(text: string): void;
  /** A short confirmation ("Copied"), announced politely. */
  status: string;
}

/** The review page: drafts kept before posting, newest first, and the writer's own 30-day chart. */
export function ReviewView(props: ReviewViewProps) {
  const drafts = [...props.drafts].sort((a, b) => b.savedAt - a.savedAt);
  return (
    <main class="review">
      <h1>{t('review_title')}</h1>
      <p class="muted">{t('review_private', String(props.retentionDays))}</p>
      <section aria-labelledby="drafts-title">
        <h2 id="drafts-title">{t('review_drafts_heading')}</h2>
        {drafts.length === 0 ? (
          <p>{t('review_none')}</p>
        ) : (
          <>
            {drafts.map((d) => (
              <SavedDraftView key={d.id} draft={d} policy={props.policy} analyze={props.analyze} onDelete={props.onDelete} onCopy={props.onCopy} />
            ))}
            <button type="button" class="btn" onClick={props.onDeleteAll}>
              {t('review_delete_all')}
            </button>
          </>
        )}
      </section>
      <NudgeChart bars={props.bars} />
      <p role="status" class="status">
        {props.status}
      </p>
    </main>
  );
}
