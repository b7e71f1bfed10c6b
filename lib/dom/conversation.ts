import type { SiteAdapter } from '../sites';
import { composedParent } from './post-actions';

/**
 * Who a direct-message box is talking to (issue 15, point 2; contract, "Messages to a
 * pupil"): the name the site shows for the conversation, for the caller to match
 * against the roster. Null when the box is not in a conversation (a post, a comment).
 *
 * | read from, in this order                                      | not read                                  |
 * |---------------------------------------------------------------|-------------------------------------------|
 * | the adapter's `conversationHeaders` (WhatsApp's, LinkedIn's)  | the conversation list (every chat's name) |
 * | an `aria-label` on or around the box: "Conversation with Tom Sample", "Messages with ...", "Chat with ...", Messenger's "Write to ..." | a post's author, a comment thread |
 * | any other element's such `aria-label` ("Messages in conversation titled ...") | a header or label whose conversation pane holds another text box too (a chat bubble beside the feed's composer) |
 * | the page title: "Chat with Tom Sample · Example"              | a title without those words               |
 *
 * A header or label elsewhere in the page belongs to the box only when the smallest
 * element holding both holds no other text box: WhatsApp's `#main` holds its header and
 * its one composer, while the page around LinkedIn's chat bubble also holds the feed's.
 */
export type ConversationSite = Pick<SiteAdapter, 'conversationHeaders'>;

/** "Conversation with <name>" and its kin, the contract's generic forms (Messenger also says "Conversation titled"). */
const NAMED = /\b(?:conversation|messages|chat) (?:with|titled) (.+)$/i;

/** Messenger's composer names its conversation: "Write to Tom Sample" (Marketplace adds " · <listing>"). */
const WRITE_TO = /^write to (.+)$/i;

/** A label or title goes on after the name with a separator: "Chat with Tom Sample | Site". */
const TAIL = /\s+[|•·–—-]\s+.*$/;

/** Elements whose aria-label may name a conversation, for the page-wide look. */
const LABELLED = '[aria-label*="onversation with" i], [aria-label*="onversation titled" i], [aria-label*="essages with" i], [aria-label*="hat with" i]';

const TEXT_BOXES = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();


/** The name in a label, or null: the contract's forms, without what follows a separator. */
function nameIn(label: string | null | undefined, own = false): string | null {
  const text = squash(label);
  const named = NAMED.exec(text) ?? (own ? WRITE_TO.exec(text) : null);
  return named ? named[1]!.replace(TAIL, '').trim() || null : null;
}

/** Whether `other` is part of the box's own conversation pane (see the note above). */
function samePane(box: Element, other: Element): boolean {
  let pane: Node | null = box;
  while (pane && !pane.contains(other)) pane = composedParent(pane);
  if (!(pane instanceof Element)) return false;
  return [...pane.querySelectorAll(TEXT_BOXES)].every((el) => el === box || box.contains(el) || el.contains(box));
}

/** The conversation's person as the page names it, or null. */
export function conversationWith(box: Element, site: ConversationSite | null): string | null {
  const doc = box.ownerDocument;
  for (const selector of site?.conversationHeaders ?? []) {
    for (const header of doc.querySelectorAll(selector)) {
      const name = squash(header.getAttribute('title') || header.textContent);
      if (name && samePane(box, header)) return name;
    }
  }
  for (let n: Node | null = box; n; n = composedParent(n)) {
    const name = n instanceof Element ? nameIn(n.getAttribute('aria-label'), n === box) : null;
    if (name) return name;
  }
  for (const el of doc.querySelectorAll(LABELLED)) {
    const name = nameIn(el.getAttribute('aria-label'));
    if (name && samePane(box, el)) return name;
  }
  return nameIn(doc.title);
}
