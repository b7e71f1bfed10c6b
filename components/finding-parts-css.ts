/**
 * Styles of components/finding-parts.tsx (FindingHead, SectionList), shared by the nudge's
 * cards and the pause, which draw the same parts; each adds its own sizes and spacing.
 * Uses the --pg-* colour variables both shadow roots define.
 */
export const FINDING_PARTS_CSS = `
.card-head { display: flex; align-items: flex-start; gap: 8px; }
.card-category { display: block; color: var(--pg-muted); font-size: 12px; font-weight: 600; }
.card-text { display: block; overflow-wrap: anywhere; }
.badge { flex: none; padding: 1px 6px; border-radius: 8px; font-size: 11px; font-weight: 600; }
.sev-high .badge { background: var(--pg-high-tint); color: var(--pg-high-text); }
.sev-warn .badge { background: var(--pg-warn-tint); color: var(--pg-warn-text); }
.sev-info .badge { background: var(--pg-info-tint); color: var(--pg-info-text); }
.card-message { margin: 6px 0; }
.card-sections li { margin: 4px 0; }
`;
