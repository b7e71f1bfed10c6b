import type { SiteAdapter } from './types';

/**
 * X (formerly Twitter): the composer is Draft.js (`.public-DraftEditor-content`),
 * whose element carries X's own test ids. Its aria-label is only "Post text", so
 * the label comes from Draft's placeholder ("What's happening?!", "Post your reply").
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
    'https://pro.x.com/*',
  ],
  composeBoxes: [
    // seen in nirholas/XActions:docs/dom-selectors.md
    '[data-testid^="tweetTextarea_"][contenteditable="true"]', // post, reply and quote composer; _1, _2... for a thread
    // seen in nirholas/XActions:src/dmManager.js;
    //   IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts has dm-composer-textarea instead
    '[data-testid="dmComposerTextInput"]', // direct message composer
    // seen in IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts
    'textarea[data-testid="dm-composer-textarea"]', // X Chat's composer (/i/chat), a plain textarea
  ],
  postButtons: [
    // seen in insin/control-panel-for-twitter:script.js and nirholas/XActions:src/autoReply.js
    '[data-testid="tweetButtonInline"]', // Post/Reply under the home and reply composers
    // seen in insin/control-panel-for-twitter:script.js
    '[data-testid="tweetButton"]', // Post/Reply in the compose dialog
    // seen in nirholas/XActions:src/advancedDM.js;
    //   IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts has dm-composer-send-button instead
    '[data-testid="dmComposerSendButton"]', // direct message send
    // seen in IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts
    '[data-testid="dm-composer-send-button"]', // X Chat's send
  ],
  sendsOnModEnter: true,
  enterSendsIn: [
    // seen in nirholas/XActions:src/dmManager.js;
    //   IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts has dm-composer-textarea instead
    '[data-testid="dmComposerTextInput"]', // direct messages send on Enter
    // seen in IsaiahDupree/Safari_Automations:packages/twitter-dm/src/automation/types.ts
    'textarea[data-testid="dm-composer-textarea"]', // X Chat sends on Enter
  ],
  audience: [
    // seen in nirholas/XActions:src/postAdvanced.js
    //   and IsaiahDupree/Safari_Automations:packages/twitter-comments/src/automation/twitter-driver.ts
    '[aria-label="Choose audience"]', // Everyone / a Community, above the composer
  ],
  posts: [
    // seen in kepano/defuddle:src/extractors/twitter.ts and jordwest/news-feed-eradicator:src/sitelist/twitter.ts
    'article[data-testid="tweet"]', // a post in a timeline, on a profile or in a thread
  ],
  label(box) {
    const placeholder = box.closest('.DraftEditor-root')?.querySelector('.public-DraftEditorPlaceholder-inner');
    return placeholder?.textContent?.trim() || undefined;
  },
  personCards: [
    // seen in nirholas/XActions:docs/dom-selectors.md
    '[data-testid="UserCell"]', // a person in a followers, following or search list
  ],
  personNames: [
    // seen in nirholas/XActions:docs/dom-selectors.md
    '[data-testid="User-Name"]', // the name block in a UserCell
    // seen in nirholas/XActions:docs/dom-selectors.md
    '[data-testid="UserName"]', // the name block in a profile header
  ],
  conversationHeaders: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-testid="dm-conversation-header"]', // the header of a conversation in X Chat (/i/chat)
  ],
  profileFields: [
    // seen in nirholas/XActions:docs/dom-selectors.md
    '[data-testid="UserDescription"]', // a profile's bio
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-testid="UserProfessionalCategory"]', // a profile's job or category line
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[data-testid="UserLocation"]', // a profile's location line
  ],
};
