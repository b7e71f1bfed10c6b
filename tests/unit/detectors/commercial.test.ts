import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const rulesOf = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'commercial').map((f) => f.rule);

describe('commercial/scheme flags', () => {
  it.each([
    'I was earning £250 a day by March with this bitcoin platform 📈',
    'Quit the day job thanks to forex, made $5,000 last month. Message me for details',
    'Ethereum giveaway! Send 1 ETH and get 2 ETH back, this weekend only',
    'Hey lovely 🌸 have you ever thought about a side hustle? Your own hours, all from your phone',
    'Looking for 5 mums who want extra income from their phone. Join my team!',
    'Teachers, get a grand by Friday: quick cash loans, bad credit OK, DM me',
    'Get 15% off my favourite leggings with code SUMMER15',
    'New term, new stationery haul #ad',
    'My referral link for the energy switch gives us both £50: switchit.example.com/invite/jo22',
    'Click the link in bio to subscribe to my OnlyFans 😘',
    'Passive income while you mark books? It is possible. DM me',
    'Use my Octopus referral and we both get £50',
    'Anyone want to join my Younique team? Message me',
    'Get £10 free on Deliveroo with my code JO10',
    'Working with an amazing crypto trader who\'s tripled my money, DM for his details',
    'Loans available, fast approval, message me',
    'Subscribe to my page for exclusive content 😏',
    'Congrats you have won a £500 Tesco voucher, click here to claim',
    'Crypto is up 300% this year, get in now before it\'s too late 🚀',
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('commercial/scheme');
  });
});

describe('commercial/piracy flags', () => {
  it.each([
    'Download the mod apk, all the levels unlocked',
    'Torrenting the new Pixar film for the end-of-term treat',
    'Got IPTV set up, every channel for a tenner a year',
    'I ripped the whole audiobook series, can send you the files',
    'Who wants Photoshop? I have a cracked copy on a USB',
    'Free movies online, no subscription, link below',
    'Who wants cheap Sky? Firestick fully loaded, £50',
    'Selling fake designer bags, DM for pics',
    'Downloading the new Taylor Swift album on LimeWire like it\'s 2005',
    'Selling Netflix and Spotify accounts, £5 a month, DM me',
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('commercial/piracy');
  });
});

describe('commercial/gambling flags', () => {
  it.each([
    'Today\'s nap of the day: Silver Kettle in the 2:40',
    'Get a £20 free bet with Bet365 when you sign up',
    'Cheltenham tip: Morning Dew, each way at 8/1',
    'Nailed on banker for the acca this weekend, trust me',
    'Betting tips group for the footy, join up',
    'Free £20 casino bonus, no deposit needed',
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('commercial/gambling');
  });
});

describe('commercial allows', () => {
  it.each([
    // one-off sales and wanted ads, purchases, prices
    'Selling our cot bed, barely used, £60 ono, collection from town',
    'Wanted: a second-hand violin for my son, message me if you have one',
    'Sold! Thanks everyone who shared',
    'Bought a new kettle today, £25 from Argos and it is glorious',
    'Flights to Malaga for £48 each, bargain',
    'Made £40 at the car boot sale, now to spend it on cake',
    'PTA cake sale raised £280 for the library, you are all stars',
    // everyday words that look like cues
    'The odds of snow on Christmas Day are slim, says the Met Office',
    'Against all odds we finished the reports before half term',
    'I bet you can\'t name all the Year 3 spellings',
    'Top tip: label everything before the school trip',
    'Hey hun, hope the new job is going brilliantly!',
    'DM me if you want a copy of the planning',
    'Lost a fortune on crypto in 2022, lesson learned',
    'Explaining Bitcoin to my dad was a mistake',
    'Watched the new Bond film at the cinema, it was brilliant',
    'The whole series is free on iPlayer, highly recommend',
    'The kids got into the museum for free',
    'A torrent of emails the moment I logged on',
    'Torrential rain on sports day, of course',
    'Ripped my jeans climbing over the fence',
    'The door code is 4471, same as last year',
    'Our Year 6 code club made a game in Scratch',
    'Many happy returns to my lovely mum',
    'Finally paid off the student loan',
    'Grand National sweepstake in the staffroom, I drew the favourite',
    'Got a free trial of the new maths app for the class',
    'My class made £120 at the Christmas fair for charity',
    'For sale: Year 2 maths resources, £10 the lot, DM me',
    'Free kittens to good homes, message me',
    'Link in bio for our charity fun run',
    'Limited spaces on the Year 6 residential, forms due Friday',
    'Payday! Finally. Treating myself to a takeaway 🤑',
    'Join our team! We\'re hiring a Year 3 teacher from September, link below',
    'Be your own boss? No thanks, I\'ll stick with SLT',
    'Amazon order finally arrived, promo code worked 😂',
    'Cracked the code on the escape room, 42 minutes',
    'Listening to the new Richard Osman audiobook on the commute',
    'Place your bets: how many kids will lose a shoe on the trip?',
    'Putting a tenner on the Grand National for my nan',
    'Trip to Stratford-upon-Avon, DM me for the itinerary',
    'It works! Finally fixed the smartboard',
    'Limewire green and MSN messenger, peak 2005 nostalgia',
    'Feeling lucky? Our school tombola has some great prizes 🍀',
    'Check out the link in my bio for my teaching resources blog',
    'Code club starts Tuesday, sign up via the school office',
    'Bitcoin mining uses more electricity than Argentina, discuss with Year 10',
    'Pirate day at school, shiver me timbers 🏴‍☠️',
    'Streaming the match tonight with the boys',
    'Subscribe to our class newsletter for updates',
    'Exclusive content from the author visit coming soon',
  ])('%s', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});

describe('commercial: share-to-win giveaways and pre-release copies', () => {
  it.each([
    'Like and share to win a £200 Argos voucher! Winner picked Friday',
    'Tag 3 friends and comment to win a free iPad',
    "Got the new Marvel film before it's even out, DM me for the drive link",
    'Started an OnlyFans, link in bio 🔥',
  ])('flags %j', (draft) => expect(rulesOf(draft).length).toBeGreaterThan(0));
  it.each([
    'Please like and share our lost cat poster, he is called Biscuit',
    'The new Pixar film is out on Friday, taking the kids',
    'Share your favourite read-aloud books below!',
  ])('allows %j', (draft) => expect(rulesOf(draft)).toEqual([]));
});
