import type { Page } from '@playwright/test';

/**
 * What the shared suite needs of a browser page, so the same specs run in Chromium
 * (Playwright) and in Firefox (puppeteer-core over WebDriver BiDi: Playwright cannot
 * drive Debian's Firefox ESR, ../shared/notes/toolchain.md). Only trusted input: the
 * keyboard and the mouse at a point, as a person's; everything else is read with
 * `evaluate` in the page's main world (the marker build's shadow roots are open).
 */
export interface Driver {
  readonly browser: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Types `text` key by key (Enter for '\n'). */
  type(text: string): Promise<void>;
  /** A chord in Playwright's spelling: `Escape`, `Control+z`, `Control+Shift+z`. */
  press(chord: string): Promise<void>;
  /** A trusted click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** A trusted press at `from`, moves to `to` and release there, as a person drags to select text. */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
}

/** Anything `evaluate` can run in: a Driver, or a Playwright page (the Chromium-only specs). */
export type Evaluator = Driver | Page;

/** Runs `fn` in the page's main world of either kind of target. */
export function evaluateIn<R, A = undefined>(target: Evaluator, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  // Playwright's and the Driver's evaluate take the same (function, argument) at run time.
  return (target as Driver).evaluate(fn, arg);
}

export function playwrightDriver(page: Page): Driver {
  return {
    browser: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    clickAt: (x, y) => page.mouse.click(x, y),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
  };
}
