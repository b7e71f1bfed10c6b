import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const emails = (text: string) => analyzer.analyze(text).filter((f) => f.rule === 'contact-details/email').map((f) => f.text);

describe('contact-details/email', () => {
  it.each([
    ['Forms back to rachel.green@example.com by Friday', 'rachel.green@example.com'],
    ['my personal one is mrsb_1979@hotmail.co.uk', 'mrsb_1979@hotmail.co.uk'],
    ['Email: Dan.Walsh@Example.org.', 'Dan.Walsh@Example.org'],
    ['footy subs to dave.p at gmail dot com', 'dave.p at gmail dot com'],
    ['DAVE.P AT GMAIL DOT COM', 'DAVE.P AT GMAIL DOT COM'],
    ['email me at lou dot smith at outlook dot com', 'lou dot smith at outlook dot com'],
    ['lou [at] example [dot] com', 'lou [at] example [dot] com'],
    ['lou (at) example (dot) co (dot) uk', 'lou (at) example (dot) co (dot) uk'],
    ['name(at)domain(dot)co(dot)uk', 'name(at)domain(dot)co(dot)uk'],
    ['write to nina at icloud dot com', 'nina at icloud dot com'],
    ['tom at example dot co dot uk', 'tom at example dot co dot uk'],
    ['email sam at sambakes dot co dot uk for an order', 'sam at sambakes dot co dot uk'],
    ['bookings go to pete.r at fastmail.com', 'pete.r at fastmail.com'],
    ['office@gmail.com is my side hustle', 'office@gmail.com'],
    ['Message h.marsh@christchurchschool.co.uk directly', 'h.marsh@christchurchschool.co.uk'],
    ['jo_bloggs [@] gmail.com', 'jo_bloggs [@] gmail.com'],
    ['anne.other @ example.org', 'anne.other @ example.org'],
    ['My email is jobloggs at gmail dot com', 'jobloggs at gmail dot com'],
  ])('flags %j', (text, marked) => {
    expect(emails(text)).toEqual([marked]);
  });

  it.each([
    'Follow @someone for science memes',
    'Big shout out to @MrsBakesCakes and @jo.bloggs',
    'meet me at the gym dot com',
    "I'm at gym dot com lol",
    'see you at costa dot com',
    'visit us at ourcafe.co.uk',
    'For info email or visit the cafe at sambakes.co.uk',
    'office@christchurchschool.co.uk is the place for absence calls',
    'Complaints go to enquiries@ofsted.gov.uk',
    'info@argos.co.uk never replied',
    'Back at 3.30 for tea',
    'Lunch at home. Marking at 8.',
    'Rated 4.5 at tripadvisor',
    'Email the PTA at pta@christchurchschool.co.uk',
    'homework questions to year6@christchurchschool.co.uk',
  ])('allows %j', (text) => {
    expect(emails(text)).toEqual([]);
  });
});
