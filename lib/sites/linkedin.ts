import type { SiteAdapter } from './types';

/**
 * LinkedIn: posts and comments are Quill (`.ql-editor`), messages a plain
 * contenteditable. Quill's aria-label ("Text editor for creating content") says
 * little, so the label is its data-placeholder ("What do you want to talk about?").
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  composeBoxes: [
    // seen in xldeveloper/openclaw-skills:skills/red777777/inkedin-automation-that-really-works/scripts/lib/selectors.py
    '.share-creation-state__text-editor .ql-editor', // "Start a post" dialog
    // seen in xldeveloper/openclaw-skills:skills/red777777/inkedin-automation-that-really-works/scripts/lib/selectors.py
    '.comments-comment-texteditor .ql-editor', // comment and reply under a post
    // seen in IsaiahDupree/Safari_Automations:packages/linkedin-automation/src/automation/dm-operations.ts
    '.msg-form__contenteditable[contenteditable="true"]', // messaging (overlay and /messaging)
  ],
  postButtons: [
    // seen in xldeveloper/openclaw-skills:skills/red777777/inkedin-automation-that-really-works/scripts/lib/selectors.py
    '.share-actions__primary-action', // Post in the share dialog
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '.comments-comment-box__submit-button--cr', // Comment / Reply (2024-25)
    // seen in xldeveloper/openclaw-skills:skills/red777777/inkedin-automation-that-really-works/scripts/lib/selectors.py
    '.comments-comment-box__submit-button', // Comment, the older class, kept while both ship
    // seen in IsaiahDupree/Safari_Automations:packages/linkedin-automation/src/automation/types.ts
    '.msg-form__send-button', // messaging Send
  ],
  audience: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '.share-unified-settings-entry-button', // "Post to Anyone" button at the top of the share dialog
  ],
  posts: [
    // seen in kepano/defuddle:src/extractors/linkedin.ts
    //   and IsaiahDupree/Safari_Automations:packages/linkedin-chrome/src/automation/linkedin.ts
    '.feed-shared-update-v2', // an update in the feed or on a profile's activity page
    // seen in kepano/defuddle:src/extractors/linkedin.ts
    'article.comments-comment-entity', // a comment under an update (2024 markup)
    // seen in IsaiahDupree/Safari_Automations:packages/linkedin-chrome/src/automation/linkedin.ts
    //   (.comments-comment-item)
    'article.comments-comment-item', // a comment under an update (older markup)
  ],
  label(box) {
    return box.getAttribute('data-placeholder')?.trim() || undefined;
  },
  personCards: [
    // seen in swarajspatil158/selenium-chrome-linkedIn:accept_request.py (.invitation-card, older UI)
    '.invitation-card', // a received invitation (Accept / Ignore)
  ],
  personNames: [
    // unconfirmed: a public userscript reads the 2025 invitation manager's name this way (code search, no repository named)
    'a[href*="/in/"] strong', // the person's name in an invitation card's profile link
  ],
  conversationHeaders: [
    // seen in sarahcallmesmadds/productivity_personal-email-slack-assistant:personal_linkedin_dm_assistant/selectors.js
    '.msg-entity-lockup__entity-title', // the name over a messaging thread (/messaging/thread/...)
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '.msg-overlay-bubble-header__title', // the name on a chat bubble's header
  ],
};
