import { shadowMode, setMarker } from './markers';

export interface OurHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Aborted on close: the host's own listeners stop with it. */
  listening: AbortController;
}

/**
 * One of our overlays in a page (the pause, the school-device notice): a custom element
 * whose position styles are inline and important (a site's stylesheet can reach the host,
 * not the shadow root), a shadow root closed in the stores' build (open, with `data-kind`,
 * in a marker build only: lib/dom/markers.ts) holding `css`, and the events in `swallowed`
 * stopped at the host so the page's own handlers never see them. Not yet in the document.
 */
export function createOurHost(
  doc: Document, tag: string, kind: string, styles: readonly (readonly [string, string])[],
  css: string, swallowed: readonly string[], markers: boolean,
): OurHost {
  const host = doc.createElement(tag);
  setMarker(host, 'kind', kind, markers);
  for (const [name, value] of styles) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: shadowMode(markers) });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  const listening = new AbortController();
  for (const type of swallowed) host.addEventListener(type, (e) => e.stopPropagation(), { signal: listening.signal });
  return { host, root, listening };
}
