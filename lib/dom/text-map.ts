/**
 * The draft's text as the analyzer sees it, with a map back to DOM positions so a
 * finding at [start, end) becomes a Range over exactly the words the user typed.
 *
 * Blocks (paragraphs, list items, Draft.js blocks) are separated by one "\n", as
 * the engines' own plain-text views do; a `<br>` that only holds an empty block
 * open (Lexical, Quill, ProseMirror all use one) counts for nothing. The text need
 * not equal the engine's model byte for byte: it only has to agree with the DOM
 * it was read from.
 */
export interface TextMap {
  readonly text: string;
  /** Text nodes in document order with the offset of their first character in `text`. */
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

export function readEditable(root: Element): TextMap {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  let seenBlock = false;
  let atBlockStart = false;

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
        atBlockStart = false;
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const name = e.localName;
        if (SKIP.has(name) || e.getAttribute('aria-hidden') === 'true') continue;
        if (name === 'br') {
          // A <br> that ends its block only keeps an empty line open.
          if (e.nextSibling || !BLOCKS.has(el.localName)) text += '\n';
          atBlockStart = false;
          continue;
        }
        const block = BLOCKS.has(name);
        if (block) {
          if (seenBlock && !atBlockStart) text += '\n';
          seenBlock = true;
          atBlockStart = true;
        }
        walk(e);
      }
    }
  };
  walk(root);
  return { text, nodes, starts };
}

/** The index of the last node starting at or before `offset`. */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A Range over text offsets [start, end), or null when the map has no text there. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!map.nodes.length || end <= start) return null;
  const doc = map.nodes[0]!.ownerDocument;
  let i = nodeAt(map, start);
  // A start inside a virtual "\n" moves on to the next text node.
  if (start >= map.starts[i]! + map.nodes[i]!.length && i + 1 < map.nodes.length) i++;
  const j = nodeAt(map, end - 1);
  const startNode = map.nodes[i]!;
  const endNode = map.nodes[j]!;
  const range = doc.createRange();
  range.setStart(startNode, Math.min(Math.max(0, start - map.starts[i]!), startNode.length));
  range.setEnd(endNode, Math.min(Math.max(0, end - map.starts[j]!), endNode.length));
  return range.collapsed ? null : range;
}
