import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/analyze/types';
import type { NudgeViewProps as SessionNudgeProps } from '../../lib/dom/box-session';
import { t } from '../i18n';
import { highestSeverity } from '../severity';
import { findingKey } from '../text';
import { FindingCard } from './FindingCard';

/** Where the panel opens from the pill: the lead picks it from the room around the box. */
export type NudgePlacement = 'below-end' | 'below-start' | 'above-end' | 'above-start';

/**
 * The session's props (lib/dom/box-session.ts, which owns the state), with the placement
 * a view used elsewhere may leave out. The policy opens through `onOpenPolicy` (the
 * background opens the tab): no extension URL is put in the page, where its scripts
 * could read it (issue 12, point 2; in Firefox the URL carries a per-install id).
 */
export interface NudgeViewProps extends Omit<SessionNudgeProps, 'placement'> {
  placement?: NudgePlacement;
}

export function pillLabel(count: number): string {
  if (count === 0) return t('nudge_pill_none');
  return count === 1 ? t('nudge_pill_one') : t('nudge_pill_many', String(count));
}

/** The pill beside a compose box and, when open, its panel of finding cards. */
export function NudgeView(props: NudgeViewProps) {
  const { findings, open, onToggle, acceptEvent } = props;
  const count = findings.length;
  const pill = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const [notice, setNotice] = useState('');
  // After "Ignore once" or "This is wrong" the card goes; focus moves to the next card, not to <body>.
  const refocusAt = useRef<number | null>(null);
  // Announce counts only once there has been something to announce (not "no issues" on every empty box).
  const spoke = useRef(false);
  if (count > 0) spoke.current = true;

  useEffect(() => {
    const index = refocusAt.current;
    refocusAt.current = null;
    const active = document.activeElement;
    if (index === null || !panel.current || (active && active !== document.body)) return;
    const cards = panel.current.querySelectorAll<HTMLElement>('article');
    (cards[Math.min(index, cards.length - 1)] ?? panel.current).focus();
  }, [findings]);

  useEffect(() => {
    if (!open) setNotice('');
  }, [open]);

  function close() {
    onToggle(false);
    pill.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !open || !acceptEvent(e)) return;
    // The site's own dialog (Facebook's composer) would close on the same Escape.
    e.preventDefault();
    e.stopPropagation();
    close();
  }

  function leaving(index: number, act: (f: Finding) => void) {
    return (f: Finding) => {
      refocusAt.current = index;
      act(f);
    };
  }

  const severity = highestSeverity(findings) ?? 'none';
  return (
    <div class="pg-root" data-placement={props.placement ?? 'below-end'} onKeyDown={onKeyDown}>
      <button
        ref={pill}
        type="button"
        class={`pill sev-${severity}`}
        aria-label={pillLabel(count)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        hidden={count === 0 && !open}
        onClick={(e) => acceptEvent(e) && onToggle(!open)}
      >
        <svg class="pill-mark" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M6 .8 10.5 2.5v3.2c0 2.8-1.9 4.8-4.5 5.6C3.4 10.5 1.5 8.5 1.5 5.7V2.5z" />
        </svg>
        <span>{count}</span>
      </button>
      {open && (
        <div ref={panel} id={panelId} class="panel" role="region" aria-label={t('nudge_panel_label')} tabIndex={-1}>
          <div class="panel-head">
            <h2 class="panel-title">{t('nudge_panel_heading')}</h2>
            <button type="button" class="btn btn-quiet" onClick={(e) => acceptEvent(e) && close()}>
              {t('nudge_close')}
            </button>
          </div>
          {count === 0 && <p class="panel-empty">{t('nudge_empty')}</p>}
          {findings.map((f, i) => (
            <FindingCard
              key={findingKey(f)}
              finding={f}
              policy={props.policy}
              acceptEvent={acceptEvent}
              canApplyFix={props.canApplyFix}
              onApplyFix={props.onApplyFix}
              onSelect={props.onSelect}
              onIgnore={leaving(i, props.onIgnore)}
              onReport={leaving(i, (x) => {
                setNotice(t('nudge_reported'));
                props.onReport(x);
              })}
              onOpenPolicy={props.onOpenPolicy}
            />
          ))}
        </div>
      )}
      <div class="sr-only" role="status" aria-live="polite">
        <span>{spoke.current ? pillLabel(count) : ''}</span> <span>{notice}</span>
      </div>
    </div>
  );
}
