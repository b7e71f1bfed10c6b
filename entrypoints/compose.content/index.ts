import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCompose } from '../../lib/compose/run';
import { ALL_MATCHES } from '../../lib/sites';

// The compose watcher on every site of lib/sites; sites staff add are registered at run time
// by the background (lib/background/added-sites.ts), which copies these options from the manifest.
// Keep this folder's name: the background finds the built file as content-scripts/compose.js.
export default defineContentScript({
  matches: [...ALL_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    return runCompose(ctx.signal);
  },
});
