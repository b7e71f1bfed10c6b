/**
 * Which editable elements are compose boxes worth checking. A check that skips
 * a field returns the reason, so a skipped box can be explained (architecture
 * note, habit 10).
 *
 * | watched                                   | skipped (reason)                                          |
 * |-------------------------------------------|-----------------------------------------------------------|
 * | `<textarea>`                              | `<input>` of any type: one-line fields (`one-line`)       |
 * | `[contenteditable]` roots, `role=textbox` | `aria-multiline="false"` textboxes (`one-line`)           |
 * | the same inside open shadow roots          | password and search fields (`password`, `search`)         |
 * |                                           | `data-gramm="false"` and similar opt-outs (`opt-out`)     |
 * |                                           | read-only or disabled (`read-only`)                       |
 */
export type SkipReason = 'not-editable' | 'one-line' | 'password' | 'search' | 'opt-out' | 'read-only';

/** Attributes by which a page asks writing assistants to stay away (Grammarly's, LanguageTool's, ours). */
const OPT_OUTS: ReadonlyArray<readonly [string, string]> = [
  ['data-gramm', 'false'],
  ['data-gramm_editor', 'false'],
  ['data-enable-grammarly', 'false'],
  ['data-lt-active', 'false'],
  ['data-postguard', 'off'],
];

const SEARCHY = /\bsearch\b/i;

/**
 * The editable root for an element the user focused or typed in: the textarea
 * itself, or the outermost contenteditable ancestor (engines nest editable and
 * non-editable islands inside one root). Null when nothing editable holds it.
 */
export function editableRoot(target: Element): HTMLElement | null {
  if (target.localName === 'textarea' || target.localName === 'input') return target as HTMLElement;
  let el: HTMLElement | null = target instanceof HTMLElement ? target : target.parentElement;
  let root: HTMLElement | null = null;
  while (el) {
    if (el.isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === 'plaintext-only') {
      root = el;
    } else if (root) break;
    el = el.parentElement;
  }
  return root;
}

export function skipReason(box: Element): SkipReason | null {
  if (box.localName === 'input') {
    const type = (box.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'password' ? 'password' : type === 'search' ? 'search' : 'one-line';
  }
  const editable =
    box.localName === 'textarea' || (box as HTMLElement).isContentEditable || box.getAttribute('contenteditable') === 'true';
  if (!editable) return 'not-editable';
  for (let el: Element | null = box; el; el = el.parentElement) {
    if (OPT_OUTS.some(([name, value]) => el!.getAttribute(name) === value)) return 'opt-out';
  }
  if (box.getAttribute('aria-multiline') === 'false') return 'one-line';
  if (box.getAttribute('role') === 'searchbox' || box.closest('[role="search"], search')) return 'search';
  const label = [box.getAttribute('aria-label'), box.getAttribute('placeholder'), box.getAttribute('name')].join(' ');
  if (SEARCHY.test(label)) return 'search';
  if (box.hasAttribute('readonly') || box.hasAttribute('disabled') || box.getAttribute('aria-readonly') === 'true') return 'read-only';
  return null;
}

/**
 * Why a box a person cannot see is not watched (issue 12, point 2): a page's script
 * filled an off-screen textarea with 2,000 candidate names to have them checked.
 * Only a rendered box of some size that meets the viewport is watched.
 *
 * | reason         | what                                                                        |
 * |----------------|-----------------------------------------------------------------------------|
 * | `not-rendered` | `checkVisibility` with opacity and visibility: display:none, opacity:0, ... |
 * | `too-small`    | under MIN_BOX px on a side: a 1 px field nobody types in                    |
 * | `off-screen`   | no part of it inside the viewport (`left: -9999px`)                         |
 */
export type HiddenReason = 'not-rendered' | 'too-small' | 'off-screen';

/** Smaller than any compose box of lib/sites (a one-line comment box is ~18 px tall), larger than a hiding trick. */
export const MIN_BOX = { width: 24, height: 12 } as const;

export function hiddenReason(box: Element): HiddenReason | null {
  if (!box.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return 'not-rendered';
  const rect = box.getBoundingClientRect();
  if (rect.width < MIN_BOX.width || rect.height < MIN_BOX.height) return 'too-small';
  const view = box.ownerDocument.defaultView;
  const [width, height] = [view?.innerWidth ?? 0, view?.innerHeight ?? 0];
  if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= width || rect.top >= height) return 'off-screen';
  return null;
}

/** A short human name for the box, for the popup ("What's on your mind?"). */
export function boxLabel(box: Element): string {
  const labelledBy = box.getAttribute('aria-labelledby');
  const byId = labelledBy && box.ownerDocument.getElementById(labelledBy.split(/\s+/)[0]!)?.textContent;
  return (box.getAttribute('aria-label') ?? byId ?? box.getAttribute('placeholder') ?? box.getAttribute('aria-placeholder') ?? '').trim();
}
