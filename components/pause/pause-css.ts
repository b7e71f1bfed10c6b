import { FINDING_PARTS_CSS } from '../finding-parts-css';

/**
 * Styles for the pause's shadow root. As with the nudge, sizes are px so a site's
 * root font size can't change them, and colours meet WCAG AA in light and dark.
 * The host element is positioned by lib/dom/pause-host.ts (inline, important), so
 * a site's stylesheet can't move it; here :host is only a fallback.
 */
export const PAUSE_CSS = `
:host { position: fixed; inset: 0; z-index: 2147483647; }
.pg-layer {
  --pg-bg: #ffffff; --pg-fg: #1f2328; --pg-muted: #4f5761; --pg-border: #c9d1d9; --pg-hover: #f0f3f6;
  --pg-accent: #0b57d0; --pg-on-accent: #ffffff; --pg-scrim: rgb(15 20 25 / 0.45);
  --pg-high: #b42318; --pg-high-tint: #fde8e6; --pg-high-text: #8a1c12;
  --pg-warn: #f0b132; --pg-warn-tint: #fff1d6; --pg-warn-text: #6e3b00;
  --pg-info: #0b57d0; --pg-info-tint: #e3ecfd; --pg-info-text: #0842a0;
  position: fixed; inset: 0; display: grid; place-items: center; padding: 16px; color-scheme: light dark;
  font: 400 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--pg-fg); text-align: start; letter-spacing: normal; word-spacing: normal;
  text-transform: none; font-style: normal; white-space: normal;
}
@media (prefers-color-scheme: dark) {
  .pg-layer {
    --pg-bg: #1e1f22; --pg-fg: #e6e7ea; --pg-muted: #b0b5bd; --pg-border: #41464e; --pg-hover: #2b2d31;
    --pg-accent: #8ab4f8; --pg-on-accent: #0b1a33; --pg-scrim: rgb(0 0 0 / 0.6);
    --pg-high: #ff8a80; --pg-high-tint: #3d1a17; --pg-high-text: #ffb4ab;
    --pg-warn: #f5b83d; --pg-warn-tint: #3a2a10; --pg-warn-text: #ffd180;
    --pg-info: #8ab4f8; --pg-info-tint: #16294a; --pg-info-text: #aecbfa;
  }
}
.pg-layer *, .pg-layer *::before, .pg-layer *::after { box-sizing: border-box; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
.pg-layer :focus-visible { outline: 2px solid var(--pg-accent); outline-offset: 2px; }
.pg-backdrop { position: fixed; inset: 0; background: var(--pg-scrim); animation: pg-fade 160ms ease-out; }

.pg-pause {
  /* A column whose findings list scrolls: however many findings, the three buttons stay in view. */
  position: relative; display: flex; flex-direction: column; width: min(460px, 100%); max-height: min(86vh, 640px);
  overflow: hidden; padding: 20px 22px 18px;
  background: var(--pg-bg); color: var(--pg-fg); border: 1px solid var(--pg-border); border-radius: 12px;
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.3); animation: pg-rise 180ms ease-out;
}
@keyframes pg-fade { from { opacity: 0; } }
@keyframes pg-rise { from { opacity: 0; transform: translateY(8px); } }
.pause-heading { margin: 0 0 4px; font-size: 18px; font-weight: 600; }
.pause-description { margin: 0 0 12px; color: var(--pg-muted); }
.pause-audience { margin: -4px 0 12px; font-weight: 600; }
/* The session-time reminder beside findings: a note, not one of them. */
.pause-reminder { margin: 0 0 12px; padding: 6px 10px; border-left: 3px solid var(--pg-info); border-radius: 4px; background: var(--pg-info-tint); color: var(--pg-fg); }
.pause-findings { flex: 0 1 auto; min-height: 60px; overflow-y: auto; overscroll-behavior: contain; margin: 0; padding: 0 4px 0 0; list-style: none; }
.pause-finding { padding: 10px 0 10px 10px; border-top: 1px solid var(--pg-border); border-left: 3px solid var(--pg-border); margin-top: 6px; }
.pause-finding.sev-high { border-left-color: var(--pg-high); }
.pause-finding.sev-warn { border-left-color: var(--pg-warn); }
.pause-finding.sev-info { border-left-color: var(--pg-info); }
${FINDING_PARTS_CSS}
.card-title { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
.card-sections { margin: 8px 0 0; padding: 6px 0 0; list-style: none; border-top: 1px dashed var(--pg-border); }
.section-title { display: block; font-weight: 600; font-size: 12px; }
.section-summary { display: block; color: var(--pg-muted); font-size: 12px; }
.pause-status { min-height: 1.5em; margin: 10px 0 0; font-weight: 600; }
.pause-status:empty { min-height: 0; margin: 0; }

.pause-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.btn {
  min-height: 36px; padding: 6px 14px; border: 1px solid var(--pg-border); border-radius: 8px;
  background: transparent; color: var(--pg-fg); font: inherit; font-weight: 600; cursor: pointer;
}
.btn:hover { background: var(--pg-hover); }
.btn-primary { background: var(--pg-accent); border-color: var(--pg-accent); color: var(--pg-on-accent); }
.btn-primary:hover { background: var(--pg-accent); filter: brightness(1.1); }
/* Posting stays one press away, but it is not the button the eye lands on. */
.btn-quiet { margin-inline-start: auto; border-color: transparent; color: var(--pg-muted); text-decoration: underline; }

@media (prefers-reduced-motion: reduce) {
  .pg-backdrop, .pg-pause { animation: none; }
}
@media (forced-colors: active) {
  .pg-pause, .badge, .pause-finding { border: 1px solid CanvasText; }
  .pg-backdrop { background: transparent; }
}
`;
