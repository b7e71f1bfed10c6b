import type { SiteAdapter } from '../sites';

/**
 * Who a direct-message box is talking to (issue 15, point 2; contract, "Messages to a
 * pupil"): the name the site shows for the conversation, for the caller to match
 * against the roster. Null when the box is not in a conversation (a post, a comment).
 *
 * | read from, in this order                                      | not read                                  |
 * |---------------------------------------------------------------|-------------------------------------------|
 * | the adapter's `conversationHeaders` (Messenger's, WhatsApp's) | the conversation list (every chat's name) |
 * | an `aria-label` around the box: "Conversation with Tom Sample", "Messages with ...", "Chat with ..." | a post's author, a comment thread |
 * | the page title: "Chat with Tom Sample · Example"              | a title without those words               |
 */
export type ConversationSite = Pick<SiteAdapter, 'conversationHeaders'>;

/** "Conversation with <name>" and its kin, the contract's generic forms (Messenger also says "Conversation titled"). */
const NAMED = /\b(?:conversation|messages|chat) (?:with|titled) (.+)$/i;

/** A title goes on after the name with a separator: "Chat with Tom Sample | Site". */
const TITLE_TAIL = /\s+[|•·–—-]\s+.*$/;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function composedParent(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** The conversation's person as the page names it, or null. */
export function conversationWith(box: Element, site: ConversationSite | null): string | null {
  const doc = box.ownerDocument;
  for (const selector of site?.conversationHeaders ?? []) {
    const header = doc.querySelector(selector);
    const name = squash(header?.getAttribute('title') || header?.textContent);
    if (name) return name;
  }
  for (let n: Node | null = box; n; n = composedParent(n)) {
    if (!(n instanceof Element)) continue;
    const named = NAMED.exec(squash(n.getAttribute('aria-label')));
    if (named) return named[1]!;
  }
  const titled = NAMED.exec(squash(doc.title));
  return titled ? titled[1]!.replace(TITLE_TAIL, '') || null : null;
}
