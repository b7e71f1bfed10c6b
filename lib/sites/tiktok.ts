import type { SiteAdapter } from './types';

/**
 * TikTok: comments and messages are Draft.js; the upload caption in TikTok
 * Studio too. TikTok's `data-e2e` test ids are its most stable hooks.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  composeBoxes: [
    // seen in IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts;
    //   IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/tiktok/index.ts
    //   puts data-e2e on the contenteditable itself
    '[data-e2e="comment-input"] [contenteditable="true"]', // comment under a video
    // seen in IsaiahDupree/Safari_Automations:scripts/tiktok-chat-extract.ts
    '[data-e2e="message-input-area"] [contenteditable="true"]', // direct message composer
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '.caption-editor [contenteditable="true"]', // caption on the upload page (TikTok Studio)
  ],
  postButtons: [
    // seen in IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts
    //   and IsaiahDupree/MediaPoster:Backend/automation/safari_extension/content.js
    '[data-e2e="comment-post"]', // Post beside the comment box
    // seen in IsaiahDupree/Safari_Automations:packages/tiktok-dm/src/automation/types.ts
    '[data-e2e="message-send"]', // direct message send
    // seen in wkaisertexas/tiktok-uploader:src/tiktok_uploader/config.toml
    '[data-e2e="post_video_button"]', // Post on the upload page
  ],
  enterSendsIn: [
    // seen in IsaiahDupree/Safari_Automations:packages/services/src/automation/comment-automation.ts;
    //   IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/tiktok/index.ts
    //   puts data-e2e on the contenteditable itself
    '[data-e2e="comment-input"] [contenteditable="true"]', // comments post on Enter
    // seen in IsaiahDupree/Safari_Automations:scripts/tiktok-chat-extract.ts
    '[data-e2e="message-input-area"] [contenteditable="true"]', // messages send on Enter
  ],
  audience: [
    // seen in wkaisertexas/tiktok-uploader:src/tiktok_uploader/upload.py
    '[data-e2e="video_visibility_container"]', // "Who can watch this video" on the upload page
  ],
  posts: [
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/tiktok/index.ts
    '[data-e2e="browse-video-desc"]', // the caption of an opened video
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/tiktok/index.ts
    '[data-e2e="video-desc"]', // a caption in the For You feed
    // seen in IsaiahDupree/MediaPoster:Backend/automation/test_tiktok_interactive.py
    '[data-e2e="comment-level-1"]', // a comment's text under a video
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-e2e="comment-level-2"]', // a reply's text under a comment
  ],
  personNames: [
    // seen in kimanikevin254/brightdata-tiktok-scraping:tiktok-profile-scraper-proxy.py
    'h1[data-e2e="user-title"]', // a profile's @name in its header
    // seen in kimanikevin254/brightdata-tiktok-scraping:tiktok-profile-scraper-proxy.py
    '[data-e2e="user-subtitle"]', // a profile's display name in its header
  ],
  conversationHeaders: [
    // seen in IsaiahDupree/Safari_Automations:docs/selectors/TIKTOK_FULL_SELECTORS.md
    '[data-e2e="chat-nickname"]', // the display name over a message thread (tiktok.com/messages)
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-e2e="dm-new-chat-nickname"]', // the same in the newer messages layout
  ],
  profileFields: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-e2e="user-bio"]', // a profile's bio
  ],
};
