import type { SiteAdapter } from './types';

/**
 * Facebook: posts, comments and chat are Lexical editors (`[data-lexical-editor]`),
 * found by lib/dom; the adapter names the surfaces. Labels are the English UI's
 * (aria-label) as of 2025; the apostrophe in "What's on your mind" varies, hence `*=`.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
  ],
  composeBoxes: [
    // seen in vader-pepe/snorkel:engine/src/constants/facebook/index.ts (same textbox attributes;
    //   the dialog/form part unconfirmed)
    '[role="dialog"] form [contenteditable="true"][role="textbox"]', // create-post dialog (feed, profile, group, page)
    // seen in vader-pepe/snorkel:engine/src/constants/facebook/index.ts
    '[contenteditable="true"][role="textbox"][aria-label*="on your mind"]', // status composer
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a comment"]', // comment under a post
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a public comment"]', // comment on a public page's post
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Comment as"]', // comment box naming the author
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=Reply)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a reply"]', // reply to a comment
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // chat window and facebook.com/messages
  ],
  postButtons: [
    // seen in vader-pepe/snorkel:engine/src/constants/facebook/index.ts
    '[role="dialog"] [role="button"][aria-label="Post"]', // create-post dialog's Post
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[role="button"][aria-label="Press enter to send"]', // chat send button
  ],
  postButtonNames: ['Post', 'Share now'],
  enterSendsIn: [
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a comment"]', // comments post on Enter
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a public comment"]', // public-page comments post on Enter
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=comment)
    '[contenteditable="true"][role="textbox"][aria-label^="Comment as"]', // comments post on Enter
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    //   (aria-label*=Reply)
    '[contenteditable="true"][role="textbox"][aria-label^="Write a reply"]', // replies post on Enter
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // chat sends on Enter
  ],
  audience: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[role="dialog"] [aria-label^="Edit privacy"]', // "Edit privacy. Sharing with Public." in the create-post dialog (a div role=button or a button)
  ],
  posts: [
    // seen in IsaiahDupree/Safari_Automations:packages/facebook-comments/src/automation/facebook-driver.ts
    '[role="article"]', // a post in a feed, on a profile or in a group, and each comment under it
  ],
  personNames: [
    // seen in sobinder/novalya_new_ext:content_script/content_script.js (the name link beside Confirm / Delete)
    'a[href*="/friends/requests/"]', // the person's name on a friend-request card
  ],
  profileFields: [
    // unconfirmed: no citable public source found (code-search hits named no repository; several scrapers read the intro here)
    '[data-pagelet="ProfileTilesFeed_0"]', // a profile's Intro: bio, workplace, school, home town
  ],
};
