import type { SiteAdapter } from './types';

/**
 * Threads (threads.com since 2025; threads.net redirects there): Lexical editors
 * in the new-thread dialog and under posts. Post buttons carry no attribute, so
 * they are found by name.
 */
export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: [
    'https://www.threads.com/*',
    'https://www.threads.net/*',
  ],
  composeBoxes: [
    '[role="dialog"] [contenteditable="true"][role="textbox"]', // new thread and reply dialog
    '[contenteditable="true"][role="textbox"][aria-placeholder^="Reply to"]', // inline reply under a post
  ],
  postButtonNames: ['Post', 'Reply'],
  posts: [
    '[data-pressable-container="true"]', // a post in a feed, on a profile or in a thread (no <article> on Threads)
  ],
  label(box) {
    return box.getAttribute('aria-placeholder')?.trim() || undefined;
  },
};
