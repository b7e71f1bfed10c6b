// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MarkLayer, placeBoxes, UNDERLINE_PX, type Layout, type RectLike } from '../../../lib/dom/marks';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({ left, top, right, bottom });

describe('placeBoxes (pure placement and clipping)', () => {
  const clip = rect(100, 100, 300, 200);

  it('draws one box per line rect, grown below for the underline', () => {
    expect(placeBoxes([[rect(110, 120, 150, 136)], [rect(200, 150, 290, 166), rect(100, 170, 130, 186)]], clip)).toEqual([
      { mark: 0, left: 110, top: 120, width: 40, height: 16 + UNDERLINE_PX },
      { mark: 1, left: 200, top: 150, width: 90, height: 16 + UNDERLINE_PX },
      { mark: 1, left: 100, top: 170, width: 30, height: 16 + UNDERLINE_PX },
    ]);
  });

  it('clips a word half scrolled out of the box to the visible part', () => {
    // Scrolled up past the top edge, and running past the right edge.
    expect(placeBoxes([[rect(280, 92, 320, 108)]], clip)).toEqual([{ mark: 0, left: 280, top: 100, width: 20, height: 8 + UNDERLINE_PX }]);
  });

  it('draws nothing for a word scrolled out of the box, or for a box that is not visible', () => {
    expect(placeBoxes([[rect(110, 40, 150, 56)], [rect(110, 260, 150, 276)], [rect(10, 120, 90, 136)]], clip)).toEqual([]);
    expect(placeBoxes([[rect(110, 120, 150, 136)]], null)).toEqual([]);
  });

  it('skips empty rects (a collapsed line end)', () => {
    expect(placeBoxes([[rect(110, 120, 110, 136), rect(120, 120, 130, 120)]], clip)).toEqual([]);
  });
});

/** A stand-in for layout: each range's rects and the box's visible rect are whatever the test says. */
function fakeLayout(rects: Map<Range, RectLike[]>, clip: { current: RectLike | null }): Layout & { reads: number } {
  const layout = {
    reads: 0,
    rects: (r: Range) => (layout.reads++, rects.get(r) ?? []),
    clip: () => clip.current,
    clippers: () => [],
  };
  return layout;
}

function setup() {
  document.body.innerHTML = '<div contenteditable="true"><p>Call 07700 900123 at Christ Church School</p></div><postguard-nudge></postguard-nudge>';
  const box = document.querySelector('div')!;
  const text = box.querySelector('p')!.firstChild as Text;
  const root = document.querySelector('postguard-nudge')!.attachShadow({ mode: 'open' });
  const range = (a: number, b: number) => {
    const r = document.createRange();
    r.setStart(text, a);
    r.setEnd(text, b);
    return r;
  };
  return { box, root, range };
}

describe('MarkLayer', () => {
  it('draws each mark in our shadow root, never in the editor, hidden from assistive tech, with its severity', () => {
    const { box, root, range } = setup();
    const before = box.outerHTML;
    const phone = range(5, 17);
    const school = range(21, 41);
    const clip = { current: rect(0, 0, 500, 300) as RectLike | null };
    const layer = new MarkLayer(root, box, fakeLayout(new Map([[phone, [rect(40, 10, 120, 26)]], [school, [rect(150, 10, 400, 26)]]]), clip));
    layer.set([{ range: phone, severity: 'high' }, { range: school, severity: 'warn' }]);

    expect(box.outerHTML).toBe(before);
    expect(layer.el.getRootNode()).toBe(root);
    expect(layer.el.getAttribute('aria-hidden')).toBe('true');
    const groups = [...root.querySelectorAll('.pg-mark')];
    expect(groups.map((g) => g.className)).toEqual(['pg-mark pg-high', 'pg-mark pg-warn']);
    const box0 = groups[0]!.firstElementChild as HTMLElement;
    expect([box0.style.left, box0.style.top, box0.style.width, box0.style.height]).toEqual(['40px', '10px', '80px', `${16 + UNDERLINE_PX}px`]);
  });

  it('follows layout on place(), reusing its boxes, and drops a mark scrolled out of view', () => {
    const { box, root, range } = setup();
    const phone = range(5, 17);
    const rects = new Map([[phone, [rect(40, 10, 120, 26)]]]);
    const clip = { current: rect(0, 0, 500, 300) as RectLike | null };
    const layer = new MarkLayer(root, box, fakeLayout(rects, clip));
    layer.set([{ range: phone, severity: 'info' }]);
    const drawn = root.querySelector('.pg-mark > div') as HTMLElement;

    rects.set(phone, [rect(40, 60, 120, 76)]); // the page scrolled by 50 px
    layer.place();
    expect(root.querySelector('.pg-mark > div')).toBe(drawn);
    expect(drawn.style.top).toBe('60px');

    clip.current = rect(0, 100, 500, 300); // the editor scrolled the word out of its visible rect
    layer.place();
    expect(root.querySelectorAll('.pg-mark > div')).toHaveLength(0);

    rects.set(phone, [rect(300, 100, 500, 116), rect(0, 120, 40, 136)]); // now wrapped over two lines
    layer.place();
    expect(root.querySelectorAll('.pg-mark > div')).toHaveLength(2);
  });

  it('draws nothing once its box has left the page, and clear/remove take every box away', () => {
    const { box, root, range } = setup();
    const phone = range(5, 17);
    const layout = fakeLayout(new Map([[phone, [rect(40, 10, 120, 26)]]]), { current: rect(0, 0, 500, 300) });
    const layer = new MarkLayer(root, box, layout);
    layer.set([{ range: phone, severity: 'high' }]);
    box.remove();
    layer.place();
    expect(root.querySelectorAll('.pg-mark > div')).toHaveLength(0);
    layer.clear();
    expect(root.querySelectorAll('.pg-mark')).toHaveLength(0);
    const reads = layout.reads;
    layer.place(); // nothing to place: no layout read at all
    expect(layout.reads).toBe(reads);
    layer.remove();
    expect(root.querySelector('.pg-marks')).toBeNull();
  });
});
