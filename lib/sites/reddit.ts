import type { SiteAdapter } from './types';

/**
 * Reddit: new Reddit's composers are web components (`shreddit-composer`) with
 * the editor and the title field inside open shadow roots, which lib/dom walks;
 * old Reddit uses plain textareas.
 */
export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: [
    'https://www.reddit.com/*',
    'https://old.reddit.com/*',
    'https://new.reddit.com/*',
    'https://sh.reddit.com/*',
  ],
  composeBoxes: [
    'shreddit-composer > [contenteditable="true"][role="textbox"]', // post body, comment and reply (slotted into the composer)
    'textarea[name="title"]', // post title (inside faceplate-textarea-input's shadow root)
    'textarea[name="text"]', // old Reddit: comment and self-post text
  ],
  postButtons: [
    'shreddit-composer > button[slot="submit-button"]', // Comment / Reply under a post
    '#submit-post-button', // Post on the submit page
    '.usertext-buttons button[type="submit"]', // old Reddit: save comment
  ],
  postButtonNames: ['Post', 'Comment', 'Reply'],
  sendsOnModEnter: true,
  audience: [
    'community-picker', // "Select a community" on the submit page
  ],
  posts: [
    'shreddit-post', // a post in a feed, on a profile or on its own page (new Reddit)
    'shreddit-comment', // a comment (new Reddit; replies nest inside their parent)
    '.thing.link', // a post (old Reddit)
    '.thing.comment', // a comment (old Reddit; replies nest inside their parent)
  ],
};
