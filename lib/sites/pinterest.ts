import type { SiteAdapter } from './types';

/**
 * Pinterest: the Pin creation tool has a title field and a Draft.js description;
 * comments are a contenteditable under a Pin. UK accounts use uk.pinterest.com
 * and www.pinterest.co.uk.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const pinterest: SiteAdapter = {
  id: 'pinterest',
  name: 'Pinterest',
  matches: [
    'https://*.pinterest.com/*',
    'https://*.pinterest.co.uk/*',
  ],
  composeBoxes: [
    // seen in Gaftec45/web-automation-submission:bots/pinterestBot.js
    '#storyboard-selector-title', // Pin creation tool: title (one line, but published)
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-test-id="storyboard-details-list"] [contenteditable="true"]', // Pin creation tool: description
    // unconfirmed: no public source found
    '[data-test-id="comment-editor-container"] [contenteditable="true"]', // comment under a Pin
  ],
  postButtons: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-test-id="storyboard-creation-nav-done"] button', // Publish in the Pin creation tool
  ],
  postButtonNames: ['Publish', 'Post'],
  enterSendsIn: [
    // unconfirmed: no public source found
    '[data-test-id="comment-editor-container"] [contenteditable="true"]', // comments post on Enter
  ],
  posts: [
    // unconfirmed: arun0808rana/pinterest-boards-scraper:violentmonkey-script.js finds Pins by data-test-id=pinWrapper
    '[data-test-id="pin"]', // a Pin in a board or profile grid (its title, where shown)
  ],
};
