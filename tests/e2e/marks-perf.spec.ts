import { buildSync } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, launchBrowser, test } from './harness';

/**
 * What the marks cost (issue 12, point 2), reported and never asserted, like
 * perf.spec.ts: lib/dom/marks.ts itself, bundled, on a 2,000-character
 * contenteditable with 20 marks in Debian Chromium (the harness's browser, without
 * the extension: the layer is the code under test). Timed: set() (every mark's
 * line rects read, every box written) and place() after a window scroll, each up
 * to the next layout of the boxes (a box's rect is read, so style and layout are
 * inside the timer). Written to tests/e2e/.results/marks.json.
 */

const here = dirname(fileURLToPath(import.meta.url));
const RESULTS = join(here, '.results', 'marks.json');
const RUNS = 60;
const MARKS = 20;

test('placing 20 marks on a 2,000-character draft', async () => {
  const { outputFiles } = buildSync({
    entryPoints: [resolve(here, '../../lib/dom/marks.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'PostguardMarks',
    logLevel: 'error',
  });
  const world = await launchBrowser(false);
  try {
    const page = await world.context.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body style="font: 16px/1.4 sans-serif; height: 3000px"></body>');
    await page.addScriptTag({ content: outputFiles[0]!.text });
    const figures = await page.evaluate(({ runs, count }) => {
      const lib = (window as unknown as { PostguardMarks: typeof import('../../lib/dom/marks') }).PostguardMarks;
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.style.cssText = 'width: 560px; margin: 40px; padding: 8px; border: 1px solid #999; max-height: 600px; overflow: auto';
      const sentence = 'Lovely walk on the heath this morning, then coffee and cake with the neighbours. ';
      for (let i = 0; i < 5; i++) {
        const p = document.createElement('p');
        p.textContent = sentence.repeat(5);
        editor.append(p);
      }
      document.body.append(editor);
      const texts = [...editor.querySelectorAll('p')].map((p) => p.firstChild as Text);
      const chars = texts.reduce((n, t) => n + t.length, 0);
      // 20 marks spread over the draft, four per paragraph, each a word or two ("coffee and cake").
      const marks = Array.from({ length: count }, (_, i) => {
        const t = texts[i % texts.length]!;
        const at = t.data.indexOf('coffee', Math.floor(i / texts.length) * sentence.length);
        const range = document.createRange();
        range.setStart(t, at);
        range.setEnd(t, at + 'coffee and cake'.length);
        return { range, severity: (['high', 'warn', 'info'] as const)[i % 3]! };
      });
      const host = document.createElement('postguard-nudge');
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = lib.MARKS_CSS;
      root.append(style);
      document.body.append(host);
      const layer = new lib.MarkLayer(root, editor);
      const laidOut = () => root.querySelector('.pg-mark > div')?.getBoundingClientRect();
      const stats = (ms: number[]) => {
        const s = [...ms].sort((a, b) => a - b);
        const q = (p: number) => Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! * 1000) / 1000;
        return { p50: q(0.5), p95: q(0.95), max: q(1), runs: s.length };
      };
      const set: number[] = [];
      const place: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        layer.clear();
        laidOut();
        let t0 = performance.now();
        layer.set(marks);
        laidOut();
        if (i >= 5) set.push(performance.now() - t0);
        window.scrollTo(0, i % 2 ? 0 : 37);
        t0 = performance.now();
        layer.place();
        laidOut();
        if (i >= 5) place.push(performance.now() - t0);
      }
      return { chars, marks: count, boxes: root.querySelectorAll('.pg-mark > div').length, setMs: stats(set), placeMs: stats(place) };
    }, { runs: RUNS, count: MARKS });
    expect(figures.boxes).toBeGreaterThanOrEqual(MARKS);
    test.info().annotations.push({ type: 'marks', description: JSON.stringify(figures) });
    console.log('marks placement', JSON.stringify(figures));
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(figures, null, 2));
  } finally {
    await world.close();
  }
});
