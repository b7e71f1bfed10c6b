/**
 * Which events our in-page controls act on (issue 12, points 2 and 3). A page's
 * own scripts can click the pill, a card's buttons or the pause's with synthetic
 * events (`el.click()`, `dispatchEvent`): those are untrusted, so they must do
 * nothing, or the page could drive postguard as an oracle, fill storage through
 * "Save for review" (point 3) or post past the pause.
 *
 * The gate is handed down (run.ts -> session -> view) rather than read here, so unit
 * tests, whose @testing-library events are all untrusted, pass a permissive gate
 * explicitly and one test shows that the real one refuses an untrusted click.
 */
export type EventGate = (e: Event) => boolean;

/** The extension's gate: only events the browser made from a person's input. */
export const trustedOnly: EventGate = (e) => e.isTrusted;
