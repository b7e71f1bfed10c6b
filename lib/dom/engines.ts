/**
 * Editor engines, recognised by their library's own markers rather than by site:
 * engines change far less often than the sites that embed them.
 *
 * | engine         | marker                              | seen on (fixtures in tests/e2e)       |
 * |----------------|-------------------------------------|---------------------------------------|
 * | lexical        | `[data-lexical-editor]`             | Facebook, Instagram caption, Reddit   |
 * | draftjs        | `.public-DraftEditor-content`       | X                                     |
 * | prosemirror    | `.ProseMirror` (TipTap too)         | Bluesky                               |
 * | quill          | `.ql-editor`                        | LinkedIn                              |
 * | slate          | `[data-slate-editor]`               | (no fixture yet)                      |
 * | textarea       | `<textarea>`                        | Mastodon, Instagram comments          |
 * | contenteditable| anything else editable              |                                       |
 */
export type Engine = 'lexical' | 'draftjs' | 'prosemirror' | 'quill' | 'slate' | 'textarea' | 'contenteditable';

const MARKERS: ReadonlyArray<readonly [Engine, string]> = [
  ['lexical', '[data-lexical-editor]'],
  ['draftjs', '.public-DraftEditor-content'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
  ['slate', '[data-slate-editor]'],
];

export function engineOf(box: Element): Engine {
  if (box.localName === 'textarea') return 'textarea';
  for (const [engine, selector] of MARKERS) if (box.matches(selector)) return engine;
  return 'contenteditable';
}

/**
 * Engines whose own model stays in sync when a fix goes in through
 * `execCommand('insertText')` on a selection: each is proved by the shared e2e
 * suite (tests/e2e/editors.spec.ts, "an applied fix"). Elsewhere the card only
 * selects the words, so the user edits them with the editor's own keys.
 */
// A plain contenteditable's DOM is its model, so the browser's own editing keeps it right.
export const FIX_SAFE: ReadonlySet<Engine> = new Set<Engine>(['lexical', 'draftjs', 'prosemirror', 'quill', 'textarea', 'contenteditable']);
