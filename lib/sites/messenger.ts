import type { SiteAdapter } from './types';

/** Messenger on the web: one Lexical composer per conversation; Enter sends. */
export const messenger: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*'],
  composeBoxes: [
    '[contenteditable="true"][role="textbox"][aria-label="Message"]', // conversation composer
    '[contenteditable="true"][role="textbox"][aria-placeholder="Aa"]', // conversation composer, older label
  ],
  postButtons: [
    '[role="button"][aria-label="Press enter to send"]', // send button beside the composer
    '[role="button"][aria-label="Send"]', // send button, shorter label
  ],
  sendsOnEnter: true,
};
