import type { SiteAdapter } from './types';

/**
 * TikTok: comments and messages are Draft.js; the upload caption in TikTok
 * Studio too. TikTok's `data-e2e` test ids are its most stable hooks.
 */
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  composeBoxes: [
    '[data-e2e="comment-input"] [contenteditable="true"]', // comment under a video
    '[data-e2e="message-input-area"] [contenteditable="true"]', // direct message composer
    '.caption-editor [contenteditable="true"]', // caption on the upload page (TikTok Studio)
  ],
  postButtons: [
    '[data-e2e="comment-post"]', // Post beside the comment box
    '[data-e2e="message-send"]', // direct message send
    '[data-e2e="post_video_button"]', // Post on the upload page
  ],
  enterSendsIn: [
    '[data-e2e="comment-input"] [contenteditable="true"]', // comments post on Enter
    '[data-e2e="message-input-area"] [contenteditable="true"]', // messages send on Enter
  ],
  audience: [
    '[data-e2e="video_visibility_container"]', // "Who can watch this video" on the upload page
  ],
  posts: [
    '[data-e2e="browse-video-desc"]', // the caption of an opened video
    '[data-e2e="video-desc"]', // a caption in the For You feed
    '[data-e2e="comment-level-1"]', // a comment's text under a video
    '[data-e2e="comment-level-2"]', // a reply's text under a comment
  ],
};
