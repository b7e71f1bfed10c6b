import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const phones = (text: string) => analyzer.analyze(text).filter((f) => f.rule === 'contact-details/phone').map((f) => f.text);

describe('contact-details/phone', () => {
  it.each([
    ['Give me a ring on 07700 900417 tonight', '07700 900417'],
    ['Still got the cot, 07700-900-552, collection only', '07700-900-552'],
    ['call 07700.900.663', '07700.900.663'],
    ['WhatsApp me +44 7700 900 184', '+44 7700 900 184'],
    ['+447700900391 is my work phone now', '+447700900391'],
    ['From abroad: +44 (0)7700 900 275', '+44 (0)7700 900 275'],
    ['Home phone (020) 7946 0777 after 6', '(020) 7946 0777'],
    ['Home phone (020)7946 0777 after 6', '(020)7946 0777'],
    ['Leeds office 0113 496 0555, ask for me', '0113 496 0555'],
    ['Manchester 0161 496 0911', '0161 496 0911'],
    ['Tel:07700 900123', '07700 900123'],
    ['new no!! 0 1 1 3 4 9 6 0 3 3 3', '0 1 1 3 4 9 6 0 3 3 3'],
    ['ring O77OO 9OO 482 x', 'O77OO 9OO 482'],
    ['ring o7700 9oo482 x', 'o7700 9oo482'],
    ['zero seven seven zero zero, nine zero zero, one one two', 'zero seven seven zero zero, nine zero zero, one one two'],
    ['oh seven seven double oh nine double oh four five six - call me', 'oh seven seven double oh nine double oh four five six'],
    ['nought one one three four nine six oh one one two', 'nought one one three four nine six oh one one two'],
    ['In Paris till Friday, +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['Dublin mobile 00353 87 123 4567', '00353 87 123 4567'],
    ['Year 6 07700 900123 is the class rep', '07700 900123'],
    ['Ring 07700 900123: after 6 only', '07700 900123'],
    ['mob:07700900123', '07700900123'],
    ['+44 07700 900123 from abroad', '+44 07700 900123'],
    ['+44-7700-900123', '+44-7700-900123'],
    ['+44.7700.900.123', '+44.7700.900.123'],
    ['07 700 900 123', '07 700 900 123'],
    ['07700 nine double oh one two three', '07700 nine double oh one two three'],
    ['message me https://wa.me/447700900123 for the rota', 'wa.me/447700900123'],
    ['Oh two oh, seven nine four six, oh oh one eight', 'Oh two oh, seven nine four six, oh oh one eight'],
  ])('flags %j', (text, marked) => {
    expect(phones(text)).toEqual([marked]);
  });

  it('finds two numbers in one run of digits', () => {
    expect(phones('Me 07700 900123 or him 07700 900456')).toEqual(['07700 900123', '07700 900456']);
    expect(phones('07700 900123/020 7946 0018')).toEqual(['07700 900123', '020 7946 0018']);
  });

  it.each([
    'Amazon order 114-2290871-5521 has vanished',
    'Order 203-5531289-1145 arrived broken',
    'booking ref 07700900123 for the cottage',
    'Flight BA2490 delayed again',
    'Term ends 19/07/2024 at 3:15pm',
    'Ofsted on 12.06.2024? Surely not',
    'Tickets were £3,000 for the lot',
    'Won 3-1, then lost 0-2',
    'Class of 2004 reunion',
    'Missed the 168 bus, then the 24',
    'Dial 999, or 111 for advice, 101 for the police',
    'parkrun 24:51, new PB',
    'collection from NW3 1JH',
    'card 4111 1111 1111 1111 expired',
    'Bought 0.00123456 BTC and 0.5 ETH',
    'Call 0800 123 4567, it is free',
    'ISBN 0 19 853453 1',
    'count 0 1 2 3 4 5 6 7 8 9 10 go',
    'Trains at 07.30, 08.15 and 09.45',
    'sort code 20-00-00, account 12345678',
    'one two three four five, once I caught a fish alive',
    'Oh oh oh, what a night',
    'see example.com/07700900123 for the listing',
    'Born 07/07/2007 at 7:07',
    'Lottery numbers 07 12 23 34 45 49',
    'Tracking number 0123 4567 8901 2345',
    'Mortgage 4.59% fixed from 01/09/2025',
    'IBAN GB29 NWBK 6016 1331 9268 19',
    'Version 0.7.7 of the app',
    'double oh seven is my favourite',
  ])('allows %j', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
