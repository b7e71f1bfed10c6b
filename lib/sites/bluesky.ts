import type { SiteAdapter } from './types';

/**
 * Bluesky (bsky.app, React Native Web): the composer is TipTap/ProseMirror with
 * aria-label "Rich-Text Editor"; chat is a textarea that sends on Enter.
 * Test ids from bluesky-social/social-app (composerPublishBtn, openReplyGateButton).
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  composeBoxes: [
    // seen in bluesky-social/social-app:src/view/com/composer/text-input/TextInput.web.tsx (TipTap/ProseMirror editor)
    '[role="dialog"] .ProseMirror[contenteditable="true"]', // new post, reply and quote composer
    // unconfirmed: bluesky-social/social-app:src/screens/Messages/components/MessageInput.web.tsx
    //   has it as placeholder only; MessageComposer.tsx labels the box "Message input field"
    'textarea[aria-label^="Write a message"]', // chat composer
  ],
  postButtons: [
    // seen in bluesky-social/social-app:__e2e__/flows/composer.yml
    '[data-testid="composerPublishBtn"]', // Post / Reply in the composer
  ],
  postButtonNames: ['Post', 'Reply', 'Send message'],
  sendsOnModEnter: true,
  enterSendsIn: [
    // unconfirmed: bluesky-social/social-app:src/screens/Messages/components/MessageInput.web.tsx
    //   has it as placeholder only; MessageComposer.tsx labels the box "Message input field"
    'textarea[aria-label^="Write a message"]', // chat sends on Enter
  ],
  audience: [
    // seen in bluesky-social/social-app:src/view/com/composer/threadgate/ThreadgateBtn.tsx
    '[data-testid="openReplyGateButton"]', // "Anybody can interact": who can reply and quote
  ],
  posts: [
    // seen in bluesky-social/social-app:__e2e__/flows/home-screen.yml
    '[data-testid^="feedItem-by-"]', // a post in a feed or on a profile (test id from social-app)
    // seen in bluesky-social/social-app:__e2e__/flows/thread-screen.yml and kepano/defuddle:src/extractors/bluesky.ts
    '[data-testid^="postThreadItem-by-"]', // a post in an opened thread (test id from social-app)
  ],
  personNames: [
    // seen in bluesky-social/social-app:src/screens/Profile/Header/ProfileHeaderStandard.tsx
    '[data-testid="profileHeaderDisplayName"]', // a profile's display name in its header
  ],
  profileFields: [
    // seen in bluesky-social/social-app:src/screens/Profile/Header/ProfileHeaderStandard.tsx
    '[data-testid="profileHeaderDescription"]', // a profile's bio
  ],
};
