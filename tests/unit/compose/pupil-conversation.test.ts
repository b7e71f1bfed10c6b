// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { CONVERSATION_RULE, pupilConversationFindings, type ConversationCheck } from '../../../lib/compose/pupil-conversation';
import { conversationWith } from '../../../lib/dom/conversation';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import type { Pack } from '../../../rules/schema';

afterEach(() => {
  document.body.replaceChildren();
  document.title = '';
});

const box = () => document.querySelector('[contenteditable], textarea')!;

/** The default pack with a roster: the finding needs one (a pack without pupils has none to find). */
const ROSTERED: Pack = { ...DEFAULT_PACK, profile: { ...DEFAULT_PACK.profile, pupils: ['Tom Sample', "Zoe O'Brien"] } };

function check(pack: Pick<Pack, 'guards' | 'categories' | 'profile'> = ROSTERED, site: ConversationCheck['site'] = null): ConversationCheck {
  return { site, pack: () => pack, pupilIn: (n) => (/^(tom sample|zoe o'brien)$/i.test(n) ? n : null), message: (n) => `with ${n}` };
}

describe('conversationWith', () => {
  it('reads "Conversation with <name>" from an aria-label around the box', () => {
    document.body.innerHTML = '<section aria-label="Conversation with Tom Sample"><div contenteditable="true"></div></section>';
    expect(conversationWith(box(), null)).toBe('Tom Sample');
  });

  it('reads "Messages with" and "Chat with" alike, and the page title without its site name', () => {
    document.body.innerHTML = '<div aria-label="Chat with Ann Lee"><textarea></textarea></div>';
    expect(conversationWith(box(), null)).toBe('Ann Lee');
    document.body.innerHTML = '<textarea></textarea>';
    document.title = 'Messages with Tom Sample | Example';
    expect(conversationWith(box(), null)).toBe('Tom Sample');
  });

  it("reads the adapter's conversation header first", () => {
    document.body.innerHTML = '<div id="main"><header><span title="Zoe O\'Brien">Zoe O\'Brien</span></header><div contenteditable="true"></div></div>';
    expect(conversationWith(box(), { conversationHeaders: ['#main header span[title]'] })).toBe("Zoe O'Brien");
  });

  it("reads Messenger's own composer label, \"Write to <name>\", without what follows a separator", () => {
    document.body.innerHTML = '<div contenteditable="true" aria-label="Write to Tom Sample · Bike for sale"></div>';
    expect(conversationWith(box(), null)).toBe('Tom Sample');
  });

  it('reads a label elsewhere in the pane ("Messages in conversation titled ...") when the pane holds no other text box', () => {
    document.body.innerHTML = '<nav><div contenteditable="true" aria-label="Search"></div></nav><div role="main"><div role="log" aria-label="Messages in conversation titled Tom Sample"></div><textarea></textarea></div>';
    expect(conversationWith(document.querySelector('textarea')!, null)).toBe('Tom Sample');
  });

  it("does not give a chat bubble's header to the feed's composer beside it", () => {
    const site = { conversationHeaders: ['.bubble-title'] };
    document.body.innerHTML = '<div role="dialog" aria-label="Create a post"><div contenteditable="true" id="feed"></div></div><aside aria-label="Chat with Tom Sample"><h2 class="bubble-title">Tom Sample</h2><div contenteditable="true" id="chat"></div></aside>';
    expect(conversationWith(document.getElementById('feed')!, site)).toBeNull();
    expect(conversationWith(document.getElementById('chat')!, site)).toBe('Tom Sample');
  });

  it('finds no conversation for a post box', () => {
    document.body.innerHTML = '<div role="dialog" aria-label="Create post"><div contenteditable="true"></div></div>';
    document.title = 'Facebook';
    expect(conversationWith(box(), null)).toBeNull();
  });
});

describe('pupilConversationFindings', () => {
  it('gives one pupil-contact finding, marking no words, when a conversation with a pupil holds text', () => {
    document.body.innerHTML = '<section aria-label="Conversation with Tom Sample"><textarea></textarea></section>';
    const [f, ...rest] = pupilConversationFindings(box(), 'see you at training', check());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'pupil-contact', rule: CONVERSATION_RULE, start: 0, end: 0, text: 'Tom Sample', message: 'with Tom Sample', severity: 'high' });
    expect(f!.sections).toEqual(DEFAULT_PACK.categories['pupil-contact'].sections);
  });

  it('gives none for an empty box, anyone else, or a first name alone', () => {
    document.body.innerHTML = '<section aria-label="Conversation with Tom Sample"><textarea></textarea></section>';
    expect(pupilConversationFindings(box(), '   ', check())).toEqual([]);
    document.body.innerHTML = '<section aria-label="Conversation with Tom"><textarea></textarea></section>';
    expect(pupilConversationFindings(box(), 'hello', check())).toEqual([]);
    document.body.innerHTML = '<section aria-label="Conversation with Ann Lee"><textarea></textarea></section>';
    expect(pupilConversationFindings(box(), 'hello', check())).toEqual([]);
  });

  it("gives none when the pack switches the guard or the category off", () => {
    document.body.innerHTML = '<section aria-label="Conversation with Tom Sample"><textarea></textarea></section>';
    expect(pupilConversationFindings(box(), 'hi', check({ ...ROSTERED, guards: { messages: false } }))).toEqual([]);
    const off = { ...ROSTERED, categories: { ...ROSTERED.categories, 'pupil-contact': { ...ROSTERED.categories['pupil-contact'], enabled: false } } };
    expect(pupilConversationFindings(box(), 'hi', check(off))).toEqual([]);
  });

  it('with no roster in the pack, gives none without asking who the conversation is with', () => {
    document.body.innerHTML = '<section aria-label="Conversation with Tom Sample"><textarea></textarea></section>';
    const asked: string[] = [];
    const noRoster = { ...DEFAULT_PACK, profile: { ...DEFAULT_PACK.profile, pupils: [], pupilHashes: undefined } };
    const c = { ...check(noRoster), pupilIn: (n: string) => (asked.push(n), n) };
    expect(pupilConversationFindings(box(), 'hi', c)).toEqual([]);
    expect(asked).toEqual([]);
    // The same check with a roster asks, and finds.
    expect(pupilConversationFindings(box(), 'hi', { ...check(), pupilIn: c.pupilIn })).toHaveLength(1);
  });
});
