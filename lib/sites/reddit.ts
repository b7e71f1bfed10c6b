import type { SiteAdapter } from './types';

/**
 * Reddit: new Reddit's composers are web components (`shreddit-composer`) with
 * the editor and the title field inside open shadow roots, which lib/dom walks;
 * old Reddit uses plain textareas.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
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
    // unconfirmed: no citable public source found (code-search hits named no repository)
    'shreddit-composer > [contenteditable="true"][role="textbox"]', // post body, comment and reply (slotted into the composer)
    // unconfirmed: no public source found
    'textarea[name="title"]', // post title (inside faceplate-textarea-input's shadow root)
    // seen in honestbleeps/Reddit-Enhancement-Suite:lib/modules/commentTools.js
    'textarea[name="text"]', // old Reddit: comment and self-post text
  ],
  postButtons: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    'shreddit-composer > button[slot="submit-button"]', // Comment / Reply under a post
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '#submit-post-button', // Post on the submit page
    // seen in toolbox-team/reddit-moderator-toolbox:extension/data/modules/betterbuttons.js
    //   (.usertext-buttons button.save)
    '.usertext-buttons button[type="submit"]', // old Reddit: save comment
  ],
  postButtonNames: ['Post', 'Comment', 'Reply'],
  sendsOnModEnter: true,
  audience: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    'community-picker', // "Select a community" on the submit page
  ],
  posts: [
    // seen in mkazin/OhMonkey:Reddit/RedditSubredditHider.user.js and kepano/defuddle:src/extractors/reddit.ts
    'shreddit-post', // a post in a feed, on a profile or on its own page (new Reddit)
    // seen in kepano/defuddle:src/extractors/reddit.ts
    'shreddit-comment', // a comment (new Reddit; replies nest inside their parent)
    // seen in toolbox-team/reddit-moderator-toolbox:extension/data/modules/betterbuttons.js
    //   and kepano/defuddle:src/extractors/reddit.ts
    '.thing.link', // a post (old Reddit)
    // seen in toolbox-team/reddit-moderator-toolbox:extension/data/modules/comment.js
    //   and kepano/defuddle:src/extractors/reddit.ts
    '.thing.comment', // a comment (old Reddit; replies nest inside their parent)
  ],
};
