import type { SiteAdapter } from './types';

/**
 * Instagram: the caption and direct messages are Lexical; comments are a plain
 * textarea that posts on Enter. The caption dialog's Share button has no
 * attribute of its own, so it is found by name.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  composeBoxes: [
    // seen in xldeveloper/openclaw-skills:skills/sa9saq/instagram-poster/SKILL.md
    '[role="dialog"] [contenteditable="true"][aria-label^="Write a caption"]', // new post / reel caption
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/instagram/index.ts
    'textarea[aria-label^="Add a comment"]', // comment under a post or reel
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/instagram/index.ts
    'form textarea[placeholder^="Add a comment"]', // comment under a post, when only a placeholder names it
    // seen in a17-so/internal-tools:outreach-tool-automation/src/outreach_automation/selectors.py
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // direct message composer
  ],
  postButtonNames: ['Share', 'Post', 'Send'],
  enterSendsIn: [
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/instagram/index.ts
    'textarea[aria-label^="Add a comment"]', // comments post on Enter
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/instagram/index.ts
    'form textarea[placeholder^="Add a comment"]', // comments post on Enter
    // seen in a17-so/internal-tools:outreach-tool-automation/src/outreach_automation/selectors.py
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // direct messages send on Enter
  ],
  posts: [
    // seen in IsaiahDupree/Safari_Automations:packages/selectors/src/platforms/instagram/index.ts (main article)
    'article', // a post in the home feed (each one is an <article>)
  ],
};
