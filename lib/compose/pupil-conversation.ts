import type { Finding } from '../analyze/types';
import type { Pack } from '../../rules/schema';
import { conversationWith, type ConversationSite } from '../dom/conversation';
import { rosterSize } from '../rule-pack/pupils';

/**
 * Messages to a pupil (issue 15, point 2; contract, "Messages to a pupil"): a message box
 * whose conversation is with a person whose full name is a pupil's holds one
 * `pupil-contact` finding, whatever the draft says, whenever it holds text. It marks no
 * words (start = end = 0): it is about whom the draft goes to, so the card quotes the
 * name. The pause before sending holds for it at the pack's level like any finding.
 *
 * | a finding                                           | none                                                 |
 * |-----------------------------------------------------|------------------------------------------------------|
 * | "Conversation with Tom Sample", Tom Sample on the roster, any text | an empty box; a conversation with anyone else |
 * | the header of Messenger or WhatsApp naming a pupil | a first name alone ("Tom"); the pack's `guards.messages: false`; `pupil-contact` switched off; a pack with no roster |
 */
export const CONVERSATION_RULE = 'pupil-contact/conversation';

export interface ConversationCheck {
  site: ConversationSite | null;
  pack(): Pick<Pack, 'guards' | 'categories' | 'profile'>;
  /** The roster pupil a name is (lib/analyze/roster-name.ts), or null. */
  pupilIn(name: string): string | null;
  /** The finding's message, naming the person (localised by the caller). */
  message(name: string): string;
}

export function pupilConversationFindings(box: Element, text: string, check: ConversationCheck): Finding[] {
  const pack = check.pack();
  const category = pack.categories['pupil-contact'];
  if (pack.guards?.messages === false || !category?.enabled || !text.trim()) return [];
  // No roster, no pupil: the page is not searched for a conversation's name at each analysis.
  if (!rosterSize(pack.profile)) return [];
  const name = conversationWith(box, check.site);
  if (!name || !check.pupilIn(name)) return [];
  return [{
    category: 'pupil-contact',
    rule: CONVERSATION_RULE,
    sections: [...category.sections],
    severity: category.severity,
    start: 0,
    end: 0,
    text: name,
    message: check.message(name),
  }];
}
