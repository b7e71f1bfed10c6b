import { FINDING_PARTS_CSS } from '../finding-parts-css';

/**
 * Styles for the nudge's shadow root. Sizes are in px, not rem: a site's own root
 * font size (62.5% is common) must not shrink or swell the nudge. Nothing styles
 * :host; the lead positions the host. Colours meet WCAG AA in light and dark.
 */
export const NUDGE_CSS = `
.pg-root {
  --pg-bg: #ffffff; --pg-fg: #1f2328; --pg-muted: #4f5761; --pg-border: #c9d1d9; --pg-hover: #f0f3f6;
  --pg-accent: #0b57d0; --pg-on-accent: #ffffff;
  --pg-high: #b42318; --pg-on-high: #ffffff; --pg-high-tint: #fde8e6; --pg-high-text: #8a1c12;
  --pg-warn: #f0b132; --pg-on-warn: #1f2328; --pg-warn-tint: #fff1d6; --pg-warn-text: #6e3b00;
  --pg-info: #0b57d0; --pg-on-info: #ffffff; --pg-info-tint: #e3ecfd; --pg-info-text: #0842a0;
  position: relative; display: inline-block; color-scheme: light dark;
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--pg-fg); text-align: start; letter-spacing: normal; word-spacing: normal;
  text-transform: none; font-style: normal; white-space: normal;
}
@media (prefers-color-scheme: dark) {
  .pg-root {
    --pg-bg: #1e1f22; --pg-fg: #e6e7ea; --pg-muted: #b0b5bd; --pg-border: #41464e; --pg-hover: #2b2d31;
    --pg-accent: #8ab4f8; --pg-on-accent: #0b1a33;
    --pg-high: #ff8a80; --pg-on-high: #1a1a1a; --pg-high-tint: #3d1a17; --pg-high-text: #ffb4ab;
    --pg-warn: #f5b83d; --pg-on-warn: #1a1a1a; --pg-warn-tint: #3a2a10; --pg-warn-text: #ffd180;
    --pg-info: #8ab4f8; --pg-on-info: #1a1a1a; --pg-info-tint: #16294a; --pg-info-text: #aecbfa;
  }
}
.pg-root *, .pg-root *::before, .pg-root *::after { box-sizing: border-box; }
.pg-root [hidden] { display: none !important; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
.pg-root :focus-visible { outline: 2px solid var(--pg-accent); outline-offset: 2px; }

.pill {
  display: inline-flex; align-items: center; gap: 4px; height: 24px; min-width: 24px; padding: 0 8px;
  border: 0; border-radius: 12px; cursor: pointer; font-family: inherit; font-size: 12px; font-weight: 600; line-height: 1;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.25); transition: background-color 150ms ease;
}
.pill-mark { width: 12px; height: 12px; fill: currentColor; }
.pill.sev-high { background: var(--pg-high); color: var(--pg-on-high); }
.pill.sev-warn { background: var(--pg-warn); color: var(--pg-on-warn); }
.pill.sev-info { background: var(--pg-info); color: var(--pg-on-info); }
.pill.sev-none { background: var(--pg-bg); color: var(--pg-muted); box-shadow: 0 0 0 1px var(--pg-border); }

.panel {
  position: absolute; z-index: 1; width: min(340px, calc(100vw - 16px)); max-height: min(70vh, 520px);
  overflow-y: auto; overscroll-behavior: contain; padding: 10px 12px 12px;
  background: var(--pg-bg); color: var(--pg-fg); border: 1px solid var(--pg-border); border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22); animation: pg-in 120ms ease-out;
}
[data-placement^="below"] > .panel { top: calc(100% + 6px); }
[data-placement^="above"] > .panel { bottom: calc(100% + 6px); }
[data-placement$="end"] > .panel { right: 0; }
[data-placement$="start"] > .panel { left: 0; }
@keyframes pg-in { from { opacity: 0; transform: translateY(-4px); } }
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.panel-title { margin: 0; font-size: 14px; font-weight: 600; }
.panel-empty { margin: 4px 0; color: var(--pg-muted); }

.card { padding: 10px 0 10px 10px; border-top: 1px solid var(--pg-border); border-left: 3px solid var(--pg-border); margin-top: 6px; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--pg-accent); outline-offset: 1px; }
.card.sev-high { border-left-color: var(--pg-high); }
.card.sev-warn { border-left-color: var(--pg-warn); }
.card.sev-info { border-left-color: var(--pg-info); }
${FINDING_PARTS_CSS}
.card-title { flex: 1; margin: 0; font-size: 13px; font-weight: 600; }
.card-sections { margin: 10px 0 4px; padding: 8px 0 0; list-style: none; border-top: 1px dashed var(--pg-border); }
.section-title { display: block; font-weight: 600; font-size: 12px; }
.section-summary { display: block; color: var(--pg-muted); font-size: 12px; }
.card-link { color: var(--pg-accent); font: inherit; font-size: 12px; text-decoration: underline; background: none; border: 0; padding: 0; cursor: pointer; text-align: start; }
.card-suggestion { margin: 6px 0 0; font-weight: 600; }
.card-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }

.btn {
  min-height: 28px; padding: 3px 10px; border: 1px solid var(--pg-border); border-radius: 6px;
  background: transparent; color: var(--pg-fg); font: inherit; font-size: 12px; font-weight: 600; cursor: pointer;
}
.btn:hover { background: var(--pg-hover); }
.btn-primary { background: var(--pg-accent); border-color: var(--pg-accent); color: var(--pg-on-accent); }
.btn-primary:hover { background: var(--pg-accent); filter: brightness(1.1); }
.btn-quiet { border-color: transparent; color: var(--pg-muted); }

@media (prefers-reduced-motion: reduce) {
  .pill { transition: none; }
  .panel { animation: none; }
}
@media (forced-colors: active) {
  .pill, .badge, .card { border: 1px solid CanvasText; }
}
`;
