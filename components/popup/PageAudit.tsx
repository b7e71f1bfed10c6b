import type { AuditPost } from '../../lib/messages';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';
import { type Policy, sectionLabel, sectionsFor } from '../policy-sections';
import { highestSeverity, severityLabel } from '../severity';
import { shorten } from '../text';

/** Where "Check this page" stands. */
export type PageAuditState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; checked: number; posts: AuditPost[]; fields?: number; following?: boolean }
  /** Not a site postguard watches: no content script to ask. */
  | { kind: 'unwatched' }
  /** A watched site whose page did not answer (opened before postguard was installed, or still loading). */
  | { kind: 'unreachable' };

export interface PageAuditProps {
  state: PageAuditState;
  policy: Policy;
  /** index of a post the page could no longer show. */
  showFailed: number | null;
  onCheck(): void;
  /** Check now and go on as the timeline loads posts (issue 15, point 5). */
  onFollow(): void;
  onStop(): void;
  onShow(index: number): void;
}

/**
 * The self-audit (issue 5, point 3): one button, a live status line saying what
 * was found, and the posts that may breach the policy, each with what was found,
 * the sections it rests on and a button that shows it in the page.
 */
export function PageAudit({ state, policy, showFailed, onCheck, onFollow, onStop, onShow }: PageAuditProps) {
  const following = state.kind === 'done' && state.following;
  return (
    <section class="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit_heading')}</h2>
      <p class="muted audit-intro">{t('audit_intro')}</p>
      <div class="audit-actions">
        <button type="button" class="btn" disabled={state.kind === 'working'} onClick={onCheck}>
          {t('audit_check')}
        </button>
        {following ? (
          <button type="button" class="btn" onClick={onStop}>
            {t('audit_stop')}
          </button>
        ) : (
          <button type="button" class="btn" disabled={state.kind === 'working'} onClick={onFollow}>
            {t('audit_follow')}
          </button>
        )}
      </div>
      <p role="status" class="audit-status">
        {statusOf(state)}
        {state.kind === 'done' && state.fields ? ` ${t('audit_fields', String(state.fields))}` : ''}
        {following ? ` ${t('audit_following')}` : ''}
      </p>
      {state.kind === 'done' && state.posts.length > 0 && (
        <ol class="audit-posts" aria-label={t('audit_list_label')}>
          {state.posts.map((post) => (
            <AuditItem key={post.index} post={post} policy={policy} failed={showFailed === post.index} onShow={onShow} />
          ))}
        </ol>
      )}
    </section>
  );
}

function statusOf(state: PageAuditState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'working':
      return t('audit_working');
    case 'unwatched':
      return t('audit_unwatched');
    case 'unreachable':
      return t('audit_unreachable');
    case 'done': {
      if (!state.checked && !state.fields) return t('audit_no_posts');
      const flagged = String(state.posts.length);
      return state.checked === 1 ? t('audit_result_one', flagged) : t('audit_result', [String(state.checked), flagged]);
    }
  }
}

function AuditItem({ post, policy, failed, onShow }: { post: AuditPost; policy: Policy; failed: boolean; onShow(index: number): void }) {
  const excerptId = `audit-post-${post.index}`;
  const sections = sectionsFor([...new Set(post.findings.flatMap((f) => f.sections))], policy);
  return (
    <li class={`audit-post sev-${highestSeverity(post.findings) ?? 'info'}`}>
      <p id={excerptId} class="audit-excerpt">
        {post.profile ? <strong class="audit-field">{t('audit_profile_field')}: </strong> : null}
        {post.excerpt}
      </p>
      <ul class="audit-findings">
        {post.findings.map((f) => (
          <li key={`${f.rule}:${f.start}`}>
            <span class="category">{categoryLabel(f.category)}</span> <q class="found">{shorten(f.text, 60)}</q>{' '}
            <span class="sr-only">({severityLabel(f.severity)})</span>
          </li>
        ))}
      </ul>
      {sections.length > 0 && <p class="also muted">{t('audit_sections', sections.map(sectionLabel).join('; '))}</p>}
      <button type="button" class="btn btn-small" aria-describedby={excerptId} onClick={() => onShow(post.index)}>
        {t('audit_show')}
      </button>
      {failed && (
        <p class="reveal-failed" role="alert">
          {t('audit_show_failed')}
        </p>
      )}
    </li>
  );
}
