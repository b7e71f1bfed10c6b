import type { SiteAdapter } from './types';

/**
 * Facebook: posts, comments and chat are Lexical editors (`[data-lexical-editor]`),
 * found by lib/dom; the adapter names the surfaces. Labels are the English UI's
 * (aria-label) as of 2025; the apostrophe in "What's on your mind" varies, hence `*=`.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
  ],
  composeBoxes: [
    '[role="dialog"] form [contenteditable="true"][role="textbox"]', // create-post dialog (feed, profile, group, page)
    '[contenteditable="true"][role="textbox"][aria-label*="on your mind"]', // status composer
    '[contenteditable="true"][role="textbox"][aria-label^="Write a comment"]', // comment under a post
    '[contenteditable="true"][role="textbox"][aria-label^="Write a public comment"]', // comment on a public page's post
    '[contenteditable="true"][role="textbox"][aria-label^="Comment as"]', // comment box naming the author
    '[contenteditable="true"][role="textbox"][aria-label^="Write a reply"]', // reply to a comment
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // chat window and facebook.com/messages
  ],
  postButtons: [
    '[role="dialog"] [role="button"][aria-label="Post"]', // create-post dialog's Post
    '[role="button"][aria-label="Press enter to send"]', // chat send button
  ],
  postButtonNames: ['Post', 'Share now'],
  enterSendsIn: [
    '[contenteditable="true"][role="textbox"][aria-label^="Write a comment"]', // comments post on Enter
    '[contenteditable="true"][role="textbox"][aria-label^="Write a public comment"]', // public-page comments post on Enter
    '[contenteditable="true"][role="textbox"][aria-label^="Comment as"]', // comments post on Enter
    '[contenteditable="true"][role="textbox"][aria-label^="Write a reply"]', // replies post on Enter
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // chat sends on Enter
  ],
  audience: [
    '[role="dialog"] [aria-label^="Edit privacy"]', // "Edit privacy. Sharing with Public." in the create-post dialog (a div role=button or a button)
  ],
  posts: [
    '[role="article"]', // a post in a feed, on a profile or in a group, and each comment under it
  ],
};
