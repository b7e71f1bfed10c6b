/**
 * Whether this build writes the contract's in-page markers (issue 12, point 2;
 * ../shared/spec/analysis-contract.md, "In-page markers"): `data-*` attributes on
 * the elements we put in the page and OPEN shadow roots. Only a build made with
 * `POSTGUARD_MARKERS=1` (npm run build:markers, which the e2e tests load) has them;
 * the stores' build keeps the same elements with closed roots and no `data-*`, so a
 * page's own scripts cannot read what was found.
 *
 * A build-time constant (wxt.config.ts `vite.define`, vitest.config.ts for unit
 * tests), never a runtime check: nothing the page does can switch it on. Outside a
 * bundler (Node, the CLI) the name is undefined and the answer is the store's.
 */
declare const __POSTGUARD_MARKERS__: boolean | undefined;

export const MARKERS: boolean = typeof __POSTGUARD_MARKERS__ === 'boolean' && __POSTGUARD_MARKERS__;

/** The mode for every shadow root we attach in a page. */
export function shadowMode(markers: boolean = MARKERS): ShadowRootMode {
  return markers ? 'open' : 'closed';
}

/**
 * Sets `data-<name>` on an element we placed in the page, in a marker build only.
 * An unchanged value is not written again (called on every mutation while typing).
 */
export function setMarker(el: HTMLElement, name: string, value: string, markers: boolean = MARKERS): void {
  if (markers && el.dataset[name] !== value) el.dataset[name] = value;
}
