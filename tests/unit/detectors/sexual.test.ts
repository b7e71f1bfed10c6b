import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const rulesOf = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'sexual').map((f) => f.rule);

describe('sexual/explicit flags on its own', () => {
  it.each([
    'Saw a headline about teachers and p0rn sites, grim reading',
    'Not sending nudes to anyone, nice try',
    'who wants the uncropped pic from the beach 😇',
    'New content on my Fansly tonight',
    'Hen do sorted: cocktails, a stripper and a sex toy bingo game',
    'So horny after two glasses of prosecco',
    'Shagging season has officially started at the Christmas do',
    'Send me your filthiest pics, I am bored',
    'He was a total booty call, never again',
    '🔞 content warning for the next post',
    'My ex wants to be friends with benefits. No thanks',
    'Got laid for the first time this year, go me',
    'Just bought a sex swing, wish me luck',
    'Bedroom antics with the hubby last night, the neighbours must hate us 😂',
    'Sexting my ex again, bad idea',
    'Sent nudes to the wrong person while the kids were asleep 🙈',
    'Who needs a husband when you\'ve got a Rampant Rabbit 😂',
    'The new dad at drop-off is a total DILF 🔥',
    'Caught two of the supply teachers getting it on in the PE cupboard',
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('sexual/explicit');
  });
});

describe('sexual/innuendo flags two or more cues', () => {
  it.each([
    'Wife away for the week 😈 who wants to come over?',
    'Parents evening tomorrow, that fit dad from last term is back 😏😏',
    'The new plumber can fix my pipes any day 😏',
    'Wouldn\'t mind her giving me a private lesson 😉 know what I mean',
    'Valentine\'s plans: hotel room, lingerie and no PJs',
    'Hubby away. Lonely tonight. 😏',
    'The supply teacher is well fit. Phwoar.',
    'Bit of fun after the staff do? My door is open 😈',
    'Cold night, no pyjamas, who is going to keep me warm 🍑',
    'Eye candy alert at the gym reception 😏',
    "That new supply teacher is gorgeous 😍 wouldn't mind a private lesson 😉 wink wink",
    "Girls' night out, first one to pull wins 😈💋",
    "The deputy looked so hot today, I'd let him give me detention 😍",
    'Getting frisky after the Christmas party 😏',
    'Staff Christmas party tomorrow, who\'s sharing a taxi back to mine 😉😈',
    'Caretaker\'s got a lovely bum, just saying 🍑',
    'Ms Davies in that dress today... phwoar 🔥',
    'Anyone else fancy the new maths teacher? asking for me 😏',
    'I\'ve been a very naughty girl this term 😈',
    'Who wants to see a picture of me in my swimsuit? 😘 DM me',
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('sexual/innuendo');
  });
});

describe('sexual allows', () => {
  it.each([
    'Weekend in Essex with the in-laws',
    'Sussex coast walk, 12 miles, knackered',
    'The sexton showed us round the bell tower',
    'Training on the new RSE curriculum today, some good discussion about consent',
    'Our sex education unit for Year 6 starts after half term',
    'Reminder that the sexual health clinic on the high street has moved',
    'Getting fit for the charity row, week 2',
    'Keep fit class then a long bath, bliss',
    'Fit to burst after Sunday lunch',
    'Happy birthday to my beautiful mum 😘',
    'Hotel room has a bath the size of a pool 😍',
    'Kids in bed, feet up, wine 😏',
    'Leg day 🍑💦 cannot walk',
    'My daughter got a toy kitchen for Christmas and it is louder than my class 😈',
    'Spent the afternoon on the naughty step with my toddler',
    'The naughty list is out, Santa is watching 😉',
    'Peaches 🍑 and cream for pudding',
    'In bed with flu, send soup 😘',
    'Finally got the shag pile carpet cleaned',
    'Same-sex marriage celebrated its tenth anniversary this year',
    'Lovely to see you all, xxx',
    'What a sexy spreadsheet, colour coded and everything',
    'My new toy: a label maker. Organising the whole classroom 😍',
    'Sweaty run in the heatwave 💦🥵',
    'Shagged out after parents evening, in bed by 9',
    'Knackered. In bed by 9 with a hot water bottle 😍',
    'Date night with the hubby, first time in months 🥰',
    'My husband\'s away for work so it\'s pizza and Netflix for me and the kids',
    'Naughty but nice: salted caramel brownies for the staffroom',
    'The new PE teacher is brilliant, the kids love her',
    "I'm around if anyone needs a chat, always here ❤️",
    'No PJs day at school today, the kids were gutted',
    'Teaching consent and healthy relationships in PSHE this week',
    'Aubergine curry tonight 🍆 delicious',
    'Looking so hot out there today, suncream on 😎',
    'I\'d let him know but he never reads his emails 😏',
    'Porn star martinis at the staff do 🍸',
    'Talking about sex with my Year 6s tomorrow, wish me luck',
    'Great UKCIS training today on sharing nudes and semi-nudes',
    'Year 9 PSHE lesson on the dangers of online porn went well',
    'We\'re having sex education next term',
    'Sexual harassment training for all staff today',
    'Talk to your kids about sexting, the NSPCC guide is excellent',
    'Pizza back to mine after netball? 😉',
    'Who wants to see photos from the Year 6 residential? 😍',
    'You look stunning in that dress! 😍 Happy wedding day',
    'Fancy the new Thai place on the high street? 😋',
    'Photo of me in my swimsuit from 1989, the perm 😂',
    'Lovely bum bag from the charity shop, £2',
    'Wink wink, nudge nudge, the Christmas jumper competition is rigged',
    'Hubby away with work, kids and I are having a movie night',
    'Naughty by Tim Minchin was amazing in the school production',
    'The new PE teacher is so fit, ran the cross country with the kids',
  ])('%s', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});

describe('sexual: hook-up and dating slang', () => {
  it.each([
    'Anyone up for some no strings fun this Friday? Discreet 😈',
    'Pics for pics, my DMs are open',
    'My body count would make the staffroom blush',
    'That new barista is so hot, he can ruin my marriage any time 😏',
  ])('flags %j', (draft) => expect(rulesOf(draft).length).toBeGreaterThan(0));
  it.each([
    'The body count in that zombie film was ridiculous',
    'So hot in the classroom today, the kids are melting',
    'No strings on this guitar yet, waiting for the shop',
    'Discreet parking round the back of the venue',
  ])('allows %j', (draft) => expect(rulesOf(draft)).toEqual([]));
});
