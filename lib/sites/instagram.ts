import type { SiteAdapter } from './types';

/**
 * Instagram: the caption and direct messages are Lexical; comments are a plain
 * textarea that posts on Enter. The caption dialog's Share button has no
 * attribute of its own, so it is found by name.
 */
export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  composeBoxes: [
    '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption"]', // new post / reel caption
    'textarea[aria-label^="Add a comment"]', // comment under a post or reel
    'form textarea[placeholder^="Add a comment"]', // comment under a post, when only a placeholder names it
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // direct message composer
  ],
  postButtonNames: ['Share', 'Post', 'Send'],
  enterSendsIn: [
    'textarea[aria-label^="Add a comment"]', // comments post on Enter
    'form textarea[placeholder^="Add a comment"]', // comments post on Enter
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // direct messages send on Enter
  ],
  posts: [
    'article', // a post in the home feed (each one is an <article>)
  ],
};
