import type { SiteAdapter } from './types';

/**
 * LinkedIn: posts and comments are Quill (`.ql-editor`), messages a plain
 * contenteditable. Quill's aria-label ("Text editor for creating content") says
 * little, so the label is its data-placeholder ("What do you want to talk about?").
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  composeBoxes: [
    '.share-creation-state__text-editor .ql-editor', // "Start a post" dialog
    '.comments-comment-texteditor .ql-editor', // comment and reply under a post
    '.msg-form__contenteditable[contenteditable="true"]', // messaging (overlay and /messaging)
  ],
  postButtons: [
    '.share-actions__primary-action', // Post in the share dialog
    '.comments-comment-box__submit-button--cr', // Comment / Reply (2024-25)
    '.comments-comment-box__submit-button', // Comment, the older class, kept while both ship
    '.msg-form__send-button', // messaging Send
  ],
  audience: [
    '.share-unified-settings-entry-button', // "Post to Anyone" button at the top of the share dialog
  ],
  posts: [
    '.feed-shared-update-v2', // an update in the feed or on a profile's activity page
    'article.comments-comment-entity', // a comment under an update (2024 markup)
    'article.comments-comment-item', // a comment under an update (older markup)
  ],
  label(box) {
    return box.getAttribute('data-placeholder')?.trim() || undefined;
  },
};
