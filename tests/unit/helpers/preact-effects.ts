import { options } from 'preact';

/**
 * Preact runs useEffect callbacks after the next frame: a requestAnimationFrame raced
 * against a 100 ms timer, which then calls cancelAnimationFrame. A timer still pending
 * when vitest tears a file's jsdom environment down finds that global gone and throws
 * "cancelAnimationFrame is not defined" into the run (seen in CI on popup-app.test.tsx,
 * 2026-11-25). Tests have no frames to wait for: flush effects on a plain timer instead.
 * (Preact calls this hook, when set, in place of its own frame scheduling.)
 */
options.requestAnimationFrame = (flush: () => void) => void setTimeout(flush, 0);
