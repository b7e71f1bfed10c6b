import type { SiteAdapter } from './types';

/**
 * Messenger on the web: one Lexical composer per conversation; Enter sends.
 * Sources: checked December 2026 with public code search; each selector names
 * where its markup was seen, or says it is unconfirmed.
 */
export const messenger: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*'],
  composeBoxes: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // conversation composer
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[contenteditable="true"][role="textbox"][aria-placeholder="Aa"]', // conversation composer, older label
  ],
  postButtons: [
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[role="button"][aria-label="Press enter to send"]', // send button beside the composer
    // unconfirmed: no citable public source found (code-search hits named no repository)
    '[role="button"][aria-label="Send"]', // send button, shorter label
  ],
  sendsOnEnter: true,
};
