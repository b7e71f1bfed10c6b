import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const marked = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'credentials').map((f) => f.text);

describe('credentials', () => {
  it.each([
    ['Spelling Shed login is miss_k_y3, password Shed2023 - kids, go for it', ['miss_k_y3', 'Shed2023']],
    ['The staff wifi password is Robin#12 if you need it', ['Robin#12']],
    ['Hall wifi: Maple88!', ['Maple88!']],
    ['my login is k.ward7 and pw Autumn23!', ['k.ward7', 'Autumn23!']],
    ['arbor login kw_teach / Otters55 till yours works', ['kw_teach / Otters55']],
    ['Username kw_22, password Pa55word!', ['kw_22', 'Pa55word!']],
    ['SIMS login: kward pw: Heron2019', ['kward', 'Heron2019']],
    ["pw for the team drive is still 'letmein1' lol", ['letmein1']],
    ['the password for Purple Mash is dolphin if anyone needs it', ['dolphin']],
    ['The password is Marigold', ['Marigold']],
    ['set the password to Kittens99 for now', ['Kittens99']],
    ['my PIN is 7391 lol', ['7391']],
    ['Door code for the staffroom is 4471 btw', ['4471']],
    ['the code for the staff toilet is 1234', ['1234']],
    ['Office alarm code is 1987, easy to remember', ['1987']],
    ['The photocopier code is 2468, keep it quiet', ['2468']],
    ['printer PIN 8080', ['8080']],
    ['front door keypad 3307', ['3307']],
    ['the key safe is 0852', ['0852']],
    ['Combination for the padlock is 1066', ['1066']],
    ['the gate code changed to 5522', ['5522']],
    ['Our alarm code is literally 1234', ['1234']],
    ['Security code on the back of the card is 123', ['123']],
    ['Kids, log in as teacher1 with password maths', ['teacher1', 'maths']],
    ['login details are jsmith and Kittens99', ['jsmith and Kittens99']],
    ['login: jsmith|Kittens99', ['jsmith|Kittens99']],
  ])('flags %j', (text, want) => {
    expect(marked(text)).toEqual(want);
  });

  it.each([
    'Forgot my password again, third time this week',
    'Top tip: use a password manager',
    'Change your password regularly, folks',
    'password reset emails going to spam',
    "what's the wifi password?",
    'Use promo code TEACH50 for 50% off',
    'use code SAVE20 at checkout',
    'Discount code for the printer ink is SAVE20',
    'dress code is smart casual',
    'postcode NW3 for the party',
    'Code club is back on Thursdays',
    'the code is on the fridge',
    'Door code? Same as last year lol',
    'The door code for the gate is on the noticeboard',
    'PIN badge collection is getting out of hand',
    'password must be 12 characters long',
    'your PIN is 4 digits',
    'Changed my password 3 times this week',
    'the wifi is down again',
    'New wifi 6E router at home',
    'the wifi password is rubbish',
    'the password is changing on Monday',
    'The password is too long',
    'my login is the same as my email',
    'log in with your school account',
    'Login 8:30 for the INSET',
    'pin 2024 dates in your diary',
    'password-protected PDFs only please',
    'the alarm went off at 7:30',
    'Password: see the whiteboard',
    'the new password policy is ridiculous',
    'Passwords for year 6 are on the sheet',
    'username: mrsb password: see me',
    'my login is jsmith2',
    "my login is jsmith, and that's it",
    'with password maths',
    'Worst passwords of 2024: 123456, password, qwerty',
    'Online safety lesson: the most common passwords are 123456 and qwerty',
    'Example password: Tr1cky!Horse (not mine, obviously)',
  ])('allows %j', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
