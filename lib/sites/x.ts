import type { SiteAdapter } from './types';

/**
 * X (formerly Twitter): the composer is Draft.js (`.public-DraftEditor-content`),
 * whose element carries X's own test ids. Its aria-label is only "Post text", so
 * the label comes from Draft's placeholder ("What's happening?!", "Post your reply").
 */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
    'https://pro.x.com/*',
  ],
  composeBoxes: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]', // post, reply and quote composer; _1, _2... for a thread
    '[data-testid="dmComposerTextInput"]', // direct message composer
  ],
  postButtons: [
    '[data-testid="tweetButtonInline"]', // Post/Reply under the home and reply composers
    '[data-testid="tweetButton"]', // Post/Reply in the compose dialog
    '[data-testid="dmComposerSendButton"]', // direct message send
  ],
  sendsOnModEnter: true,
  enterSendsIn: [
    '[data-testid="dmComposerTextInput"]', // direct messages send on Enter
  ],
  audience: [
    '[aria-label="Choose audience"]', // Everyone / a Community, above the composer
  ],
  posts: [
    'article[data-testid="tweet"]', // a post in a timeline, on a profile or in a thread
  ],
  label(box) {
    const placeholder = box.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner');
    return placeholder?.textContent?.trim() || undefined;
  },
};
