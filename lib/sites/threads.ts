import type { SiteAdapter } from './types';

/**
 * Threads (threads.com since 2025; threads.net redirects there): Lexical editors
 * in the new-thread dialog and under posts. Post buttons carry no attribute, so
 * they are found by name.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: [
    'https://www.threads.com/*',
    'https://www.threads.net/*',
  ],
  composeBoxes: [
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/threads/index.ts
    //   and official5ETa/ThreadsAutoComment:src/share/threadsQs.ts
    '[role="dialog"] [contenteditable="true"][role="textbox"]', // new thread and reply dialog
    // unconfirmed: no public source found
    '[contenteditable="true"][role="textbox"][aria-placeholder^="Reply to"]', // inline reply under a post
  ],
  postButtonNames: ['Post', 'Reply'],
  posts: [
    // seen in kepano/defuddle:src/extractors/threads.ts
    //   and IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/threads/index.ts
    '[data-pressable-container="true"]', // a post in a feed, on a profile or in a thread (no <article> on Threads)
  ],
  label(box) {
    return box.getAttribute('aria-placeholder')?.trim() || undefined;
  },
};
