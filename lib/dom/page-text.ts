import type { TextMap } from './text-map';

/**
 * Reading the text a page shows (the self-audit's posts), with the map back to
 * its text nodes that rangeFor (text-map.ts) turns into marks.
 */

/** Our own elements (<postguard-nudge>, <postguard-pause>...): never part of a post. */
export function isOurs(el: Element): boolean {
  return el.localName.startsWith('postguard-');
}

/** A draft, not a post: the nudges check those as they are typed. */
export function isComposeBox(el: Element): boolean {
  const name = el.localName;
  if (name === 'textarea' || name === 'input' || name === 'select') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul',
]);
const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/**
 * The text of part of a page as innerText would give it, roughly (a line between
 * blocks, so "Alex Example" and "3 years ago" stay two words), without our UI,
 * compose boxes, hidden parts or what `skip` says. Unlike an editor's text (text-map.ts
 * readEditable) a page's blocks sit next to bare text, so a line goes on both sides.
 */
export function readPageText(element: Element, skip: (el: Element) => boolean): TextMap {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breakLine = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data.trim()) {
          // Layout whitespace between tags: one space at most, and none at a line's start.
          if (data && text && !/\s$/.test(text)) text += ' ';
          continue;
        }
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (UNREAD.has(e.localName) || e.getAttribute('aria-hidden') === 'true' || (e as HTMLElement).hidden) continue;
        if (isOurs(e) || isComposeBox(e) || skip(e)) continue;
        if (e.localName === 'br') {
          text += '\n';
          continue;
        }
        const block = BLOCKS.has(e.localName);
        if (block) breakLine();
        walk(e);
        if (block) breakLine();
      }
    }
  };
  walk(element);
  return { text: text.trimEnd(), nodes, starts };
}
