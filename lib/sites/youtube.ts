import type { SiteAdapter } from './types';

/**
 * YouTube: comments are a contenteditable `#contenteditable-root` inside
 * `ytd-commentbox` (it appears once the "Add a comment…" placeholder is clicked);
 * live chat lives in a `/live_chat` frame and sends on Enter; YouTube Studio
 * holds upload titles and descriptions.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
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
    // seen in IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts
    //   (#contenteditable-root)
    'ytd-commentbox #contenteditable-root[contenteditable="true"]', // comment and reply under a video or Short
    // seen in babochenko/mycss:youtube.js
    'yt-live-chat-text-input-field-renderer #input[contenteditable]', // live chat message (in the live_chat frame)
    // seen in dreammis/social-auto-upload:uploader/youtube_uploader/main.py
    //   and fawazahmed0/youtube-uploader:src/upload.ts (#textbox)
    'ytcp-social-suggestions-textbox #textbox[contenteditable="true"]', // Studio: video title and description
  ],
  postButtons: [
    // seen in fawazahmed0/youtube-uploader:src/upload.ts
    //   and IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts (#submit-button)
    'ytd-commentbox #submit-button', // Comment / Reply
    // unconfirmed: no citable public source found (code-search hits named no repository)
    'yt-live-chat-message-input-renderer #send-button button', // live chat send
  ],
  enterSendsIn: [
    // seen in babochenko/mycss:youtube.js
    'yt-live-chat-text-input-field-renderer #input[contenteditable]', // live chat sends on Enter
  ],
  audience: [
    // seen in fawazahmed0/youtube-uploader:src/upload.ts
    'ytcp-video-visibility-select', // Studio: Private / Unlisted / Public
  ],
  posts: [
    // seen in darkreader/darkreader:src/config/dynamic-theme-fixes.config
    'ytd-comment-view-model', // a comment or reply (2024 markup)
    // seen in IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts
    'ytd-comment-renderer', // a comment or reply (older markup)
    // unconfirmed: no citable public source found (code-search hits named no repository)
    'ytd-backstage-post-renderer', // a community post on a channel
  ],
};
