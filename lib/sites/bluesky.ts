import type { SiteAdapter } from './types';

/**
 * Bluesky (bsky.app, React Native Web): the composer is TipTap/ProseMirror with
 * aria-label "Rich-Text Editor"; chat is a textarea that sends on Enter.
 * Test ids from bluesky-social/social-app (composerPublishBtn, openReplyGateButton).
 */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  composeBoxes: [
    '[role="dialog"] .ProseMirror[contenteditable="true"]', // new post, reply and quote composer
    'textarea[aria-label^="Write a message"]', // chat composer
  ],
  postButtons: [
    '[data-testid="composerPublishBtn"]', // Post / Reply in the composer
  ],
  postButtonNames: ['Post', 'Reply', 'Send message'],
  sendsOnModEnter: true,
  enterSendsIn: [
    'textarea[aria-label^="Write a message"]', // chat sends on Enter
  ],
  audience: [
    '[data-testid="openReplyGateButton"]', // "Anybody can interact": who can reply and quote
  ],
  posts: [
    '[data-testid^="feedItem-by-"]', // a post in a feed or on a profile (test id from social-app)
    '[data-testid^="postThreadItem-by-"]', // a post in an opened thread (test id from social-app)
  ],
};
