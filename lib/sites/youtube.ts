import type { SiteAdapter } from './types';

/**
 * YouTube: comments are a contenteditable `#contenteditable-root` inside
 * `ytd-commentbox` (it appears once the "Add a comment…" placeholder is clicked);
 * live chat lives in a `/live_chat` frame and sends on Enter; YouTube Studio
 * holds upload titles and descriptions.
 */
export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: [
    'https://www.youtube.com/*',
    'https://m.youtube.com/*',
    'https://studio.youtube.com/*',
  ],
  composeBoxes: [
    'ytd-commentbox #contenteditable-root[contenteditable="true"]', // comment and reply under a video or Short
    'yt-live-chat-text-input-field-renderer #input[contenteditable]', // live chat message (in the live_chat frame)
    'ytcp-social-suggestions-textbox #textbox[contenteditable="true"]', // Studio: video title and description
  ],
  postButtons: [
    'ytd-commentbox #submit-button', // Comment / Reply
    'yt-live-chat-message-input-renderer #send-button button', // live chat send
  ],
  enterSendsIn: [
    'yt-live-chat-text-input-field-renderer #input[contenteditable]', // live chat sends on Enter
  ],
  audience: [
    'ytcp-video-visibility-select', // Studio: Private / Unlisted / Public
  ],
  posts: [
    'ytd-comment-view-model', // a comment or reply (2024 markup)
    'ytd-comment-renderer', // a comment or reply (older markup)
    'ytd-backstage-post-renderer', // a community post on a channel
  ],
};
