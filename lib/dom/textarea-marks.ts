import type { Severity } from '../../rules/categories';

/**
 * Marks for a <textarea>, whose text has no DOM ranges to highlight: a mirror of
 * the textarea (same box, font and wrapping, transparent text) laid over it in
 * our shadow root, with the marked words wrapped in <mark>. It never takes
 * pointer events, so clicks and selection go to the textarea underneath.
 */
const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'lineHeight', 'letterSpacing',
  'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign',
] as const;

export const TEXTAREA_MARKS_CSS = `
.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap;
  overflow-wrap: break-word; border-color: transparent; background: transparent; margin: 0; z-index: 0; }
.mirror mark { color: transparent; border-radius: 2px; text-decoration-skip-ink: none; }
.mirror mark.high { background: rgb(211 47 47 / 0.16); text-decoration: underline wavy rgb(198 40 40); }
.mirror mark.warn { background: rgb(237 108 2 / 0.16); text-decoration: underline wavy rgb(178 90 0); }
.mirror mark.info { background: rgb(25 118 210 / 0.12); text-decoration: underline dotted rgb(21 101 192); }
`;

export interface TextSpan {
  start: number;
  end: number;
  severity: Severity;
}

export class TextareaMarks {
  readonly mirror: HTMLDivElement;

  constructor(private readonly textarea: HTMLTextAreaElement, container: ShadowRoot) {
    this.mirror = container.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    container.append(this.mirror);
  }

  set(text: string, spans: readonly TextSpan[]): void {
    const doc = this.mirror.ownerDocument;
    const parts: Node[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      parts.push(doc.createTextNode(text.slice(at, s.start)));
      const mark = doc.createElement('mark');
      mark.className = s.severity;
      mark.textContent = text.slice(s.start, s.end);
      parts.push(mark);
      at = s.end;
    }
    // A trailing newline needs a character after it, or the mirror's last line collapses.
    parts.push(doc.createTextNode(text.slice(at) + '\u200b'));
    this.mirror.replaceChildren(...parts);
    this.mirror.hidden = spans.length === 0;
    this.place();
  }

  /** Follows the textarea's position, size and scroll; called on scroll, resize and input. */
  place(): void {
    if (this.mirror.hidden) return;
    const rect = this.textarea.getBoundingClientRect();
    const style = getComputedStyle(this.textarea);
    const m = this.mirror.style;
    for (const key of COPIED) m[key] = style[key];
    m.top = `${rect.top}px`;
    m.left = `${rect.left}px`;
    m.width = `${rect.width}px`;
    m.height = `${rect.height}px`;
    m.boxSizing = 'border-box';
    // The textarea's scrollbar narrows its text; the mirror has none, so pad by its width.
    const scrollbar = this.textarea.offsetWidth - this.textarea.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    if (scrollbar > 0) m.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
  }

  remove(): void {
    this.mirror.remove();
  }
}
