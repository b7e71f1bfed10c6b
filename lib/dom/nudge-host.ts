import type { Finding } from '../analyze';
import { MARKERS, setMarker, shadowMode } from './markers';

/**
 * The contract's `<postguard-nudge>` element (../shared/spec/analysis-contract.md,
 * "In-page markers"): a shadow root holding our UI (open, with the `data-*` markers,
 * in a marker build only: lib/dom/markers.ts), appended to the end of
 * the document's body, outside the editor's subtree, so the page's editor DOM is
 * never touched. A valid custom-element name needs no definition to take a shadow
 * root, which matters because content scripts have no `customElements` registry.
 */
export type NudgeState = 'idle' | 'pending' | 'done';

/** Unique, sorted, space-separated category ids: the contract's `data-categories`. */
export function categoryList(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.category))].sort().join(' ');
}

export class NudgeHost {
  readonly el: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the Preact view renders. */
  readonly mount: HTMLDivElement;
  /** Where the panel opens: above when the box sits in the lower half of the viewport. */
  placement: 'above-end' | 'below-end' = 'below-end';

  constructor(
    private readonly box: HTMLElement,
    css: string,
    boxId: string,
    engine: string,
    private readonly markers: boolean = MARKERS,
  ) {
    const doc = box.ownerDocument;
    this.el = doc.createElement('postguard-nudge');
    setMarker(this.el, 'box', boxId, markers);
    setMarker(this.el, 'engine', engine, markers);
    setMarker(this.el, 'count', '0', markers);
    setMarker(this.el, 'categories', '', markers);
    setMarker(this.el, 'state', 'idle', markers);
    // Inline styles: page CSS can't reach into the shadow root, but it can style the host.
    this.el.style.cssText = 'position:fixed;z-index:2147483646;top:0;left:0;display:block;width:0;height:0;margin:0;padding:0;border:0;';
    this.root = this.el.attachShadow({ mode: shadowMode(markers) });
    const style = doc.createElement('style');
    // The host is a zero-size point at the box's corner; the view hangs off it up and to the left.
    style.textContent = `.postguard-root{position:absolute;right:0;bottom:0;}\n${css}`;
    this.mount = doc.createElement('div');
    this.mount.className = 'postguard-root';
    this.root.append(style, this.mount);
    (doc.body ?? doc.documentElement).append(this.el);
  }

  setFindings(findings: readonly Finding[], state: NudgeState): void {
    setMarker(this.el, 'count', String(findings.length), this.markers);
    setMarker(this.el, 'categories', categoryList(findings), this.markers);
    setMarker(this.el, 'state', state, this.markers);
  }

  setState(state: NudgeState): void {
    setMarker(this.el, 'state', state, this.markers);
  }

  /** Pins the host to the box's bottom-right corner; the panel opens towards the roomier side. */
  place(): void {
    const rect = this.box.getBoundingClientRect();
    const view = this.box.ownerDocument.defaultView;
    const visible = rect.width > 0 && rect.height > 0 && this.box.isConnected;
    this.el.hidden = !visible;
    if (!visible) return;
    const inset = 6;
    this.el.style.top = `${Math.round(rect.bottom - inset)}px`;
    this.el.style.left = `${Math.round(rect.right - inset)}px`;
    const roomBelow = (view?.innerHeight ?? 0) - rect.bottom;
    this.placement = roomBelow > rect.top ? 'below-end' : 'above-end';
  }

  remove(): void {
    this.el.remove();
  }
}
