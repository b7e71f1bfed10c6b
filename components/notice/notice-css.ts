/**
 * Styles for a notice's shadow root (lib/dom/notice-host.ts). As with the nudge and the
 * pause, sizes are px so a site's root font size can't change them, and colours meet
 * WCAG AA in light and dark. Small on purpose: it sits at an edge of the viewport, clear
 * of the compose boxes and Post buttons.
 */
export const NOTICE_CSS = `
.pg-notice {
  --pg-bg: #ffffff; --pg-fg: #1f2328; --pg-border: #c9d1d9; --pg-hover: #f0f3f6; --pg-accent: #0b57d0;
  display: flex; align-items: center; gap: 10px; box-sizing: border-box; width: max-content; max-width: min(420px, calc(100vw - 24px));
  margin: 0; padding: 8px 10px 8px 12px; color-scheme: light dark;
  background: var(--pg-bg); color: var(--pg-fg); border: 1px solid var(--pg-border); border-inline-start: 4px solid var(--pg-accent);
  border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none; font-style: normal; white-space: normal;
}
@media (prefers-color-scheme: dark) {
  .pg-notice { --pg-bg: #1e1f22; --pg-fg: #e6e7ea; --pg-border: #41464e; --pg-hover: #2b2d31; --pg-accent: #8ab4f8; }
}
.notice-text { margin: 0; flex: 1 1 auto; }
.btn {
  flex: none; min-height: 32px; padding: 4px 12px; border: 1px solid var(--pg-border); border-radius: 8px;
  background: transparent; color: var(--pg-fg); font: inherit; font-weight: 600; cursor: pointer;
}
.btn:hover { background: var(--pg-hover); }
.btn:focus-visible { outline: 2px solid var(--pg-accent); outline-offset: 2px; }
@media (forced-colors: active) {
  .pg-notice { border: 1px solid CanvasText; }
}
`;
