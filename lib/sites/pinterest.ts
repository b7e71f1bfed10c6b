import type { SiteAdapter } from './types';

/**
 * Pinterest: the Pin creation tool has a title field and a Draft.js description;
 * comments are a contenteditable under a Pin. UK accounts use uk.pinterest.com
 * and www.pinterest.co.uk.
 */
export const pinterest: SiteAdapter = {
  id: 'pinterest',
  name: 'Pinterest',
  matches: [
    'https://*.pinterest.com/*',
    'https://*.pinterest.co.uk/*',
  ],
  composeBoxes: [
    '#storyboard-selector-title', // Pin creation tool: title (one line, but published)
    '[data-test-id="storyboard-details-list"] [contenteditable="true"]', // Pin creation tool: description
    '[data-test-id="comment-editor-container"] [contenteditable="true"]', // comment under a Pin
  ],
  postButtons: [
    '[data-test-id="storyboard-creation-nav-done"] button', // Publish in the Pin creation tool
  ],
  postButtonNames: ['Publish', 'Post'],
  enterSendsIn: [
    '[data-test-id="comment-editor-container"] [contenteditable="true"]', // comments post on Enter
  ],
  posts: [
    '[data-test-id="pin"]', // a Pin in a board or profile grid (its title, where shown)
  ],
};
