import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { ProfileSchema } from '../../../rules/schema';
import { categoriesOf } from './helpers';

// Wording a fourth held-out set (a secondary academy with short aliases) showed
// missing or over-read, re-worded here with another fictional school; the
// held-out drafts stay out of the repository.
const ashcombe = ProfileSchema.parse({
  school: {
    name: 'Ashcombe Ridge Academy',
    aliases: ['Ashcombe Ridge', 'ARA', 'Ashcombe Ridge Sixth Form'],
    places: ['Ashcombe'],
    handles: ['@AshcombeRA'],
  },
  staff: [{ name: 'Imogen Fairweather', role: 'Headteacher' }],
  pupils: ['Rowan Tregear', 'Elsie Marwood', 'Caleb Pascoe'],
});
const ashcombeAnalyzer = createAnalyzer({ ...DEFAULT_PACK, profile: ashcombe });
const ashcombeCategories = (draft: string) => [...new Set(ashcombeAnalyzer.analyze(draft).map((f) => f.category))];

describe('an alias shared by a club, shop or place', () => {
  it.each([
    'Great night at the Ashcombe Ridge Golf Club quiz, we came third',
    'The Ashcombe Ridge farm shop has the best sausages going',
    'Lunch at the Ashcombe Ridge Arms, proper pub grub',
    'Parkrun at Ashcombe Ridge leisure centre then a bacon roll',
  ])('not school-identity: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('school-identity'));
  it.each([
    'Ashcombe Ridge Academy golf club raised £300 for charity',
    'Staff quiz at Ashcombe Ridge tonight, then the pub',
    'ARA staff are the best, no contest',
    'Open evening at the Ashcombe Ridge Sixth Form centre on Thursday',
  ])('school-identity: %j', (draft) => expect(ashcombeCategories(draft)).toContain('school-identity'));
});

describe("the writer's own child named by rank", () => {
  it.each([
    'Back to school on Monday. My eldest, Rowan, finally learned to ride his bike',
    'Term starts tomorrow and our youngest Elsie has lost a shoe already',
  ])('not pupil-details: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('pupil-details'));
  it.each([
    'Back to school on Monday. Rowan in my form will not stop talking',
  ])('pupil-details: %j', (draft) => expect(ashcombeCategories(draft)).toContain('pupil-details'));
});

describe('credentials given with a word between', () => {
  it.each([
    'staff wifi key this week is moorland42, enjoy',
    'the key safe behind the music block is 7154',
    'laptop trolley code again, it is 2468 for everyone',
  ])('credentials: %j', (draft) => expect(categoriesOf(draft)).toContain('credentials'));
  it.each([
    'the wifi today is painfully slow',
    'the key safe next to the gate is broken again',
    'the tea trolley today is amazing, 10 out of 10',
  ])('not credentials: %j', (draft) => expect(categoriesOf(draft)).not.toContain('credentials'));
});

describe('confidential: unpublished grades, papers in hand, staff and pupil matters', () => {
  it.each([
    'Inspectors were in on Tuesday. Not official yet but it is Inadequate. Gutted.',
    'HMI visited on Monday. Cannot say officially but it is Outstanding!!',
    'Rumour is we are going into special measures, the report is out in a fortnight',
    'Got next week\'s Year 10 history paper on my desk and question 2 is a gift',
    'Message me for the answers to Friday\'s Year 8 maths test',
    'Our deputy is off sick with anxiety again and nobody will say why',
    'One of my tutees has a horrendous home life and social care keep closing the case',
  ])('confidential: %j', (draft) => expect(categoriesOf(draft)).toContain('confidential'));
  it.each([
    'Good luck with tomorrow\'s maths paper, Year 11!',
    'Got my fingers crossed for Friday\'s driving test',
    'Our Ofsted report from 2018 said Requires Improvement, we are miles better now',
    'Inadequate sleep, inadequate coffee, adequate lesson',
    'Ofsted visited in 2019. Requires Improvement back then, much better now',
    'I was off sick with a cold all week, back tomorrow',
    'Adult social care funding is a national scandal',
    'The report\'s out in a fortnight on teacher workload nationally',
  ])('not confidential: %j', (draft) => expect(categoriesOf(draft)).not.toContain('confidential'));
});

describe('pupil-contact: requests, follows and snaps with pupils', () => {
  it.each([
    'Followed Caleb Pascoe back on TikTok, he would not stop asking',
    'Elsie in my Year 9 set sent me a snap of her kitten so I sent one back',
    'Sixth formers, after a cheap laptop? DM me, my mate sells them',
    'A Year 7 slid into my DMs asking about detention',
    'Accepted Rowan\'s mum\'s friend request after parents evening',
  ])('pupil-contact: %j', (draft) => expect(ashcombeCategories(draft)).toContain('pupil-contact'));
  it.each([
    'Followed the coast path back to the car park, glorious',
    'My niece sent me a snap of her new puppy 🐶',
    'The sixth formers\' leavers ball was lovely tonight',
    'Accepted my cousin\'s friend request after ten years of silence',
  ])('not pupil-contact: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('pupil-contact'));
});

describe('pupil-details and confidential: a pupil by class code, short year, pregnancy', () => {
  it.each([
    'Caleb P in 11R is the cheekiest lad in the building',
    'Elsie in my Y10 art set drew the best self portrait',
    'Rowan from my tutor group got a merit today',
  ])('pupil-details: %j', (draft) => expect(ashcombeCategories(draft)).toContain('pupil-details'));
  it.each([
    'Ran a 10K in 52 minutes this morning',
    'My Y11 exam results from 1998 are somewhere in the loft',
  ])('not pupil-details: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('pupil-details'));
  it.each([
    'A Year 11 student of mine is pregnant and hasn\'t told her parents',
  ])('confidential: %j', (draft) => expect(ashcombeCategories(draft)).toContain('confidential'));
  it.each([
    'My sister is pregnant with a girl, over the moon!',
    'Pregnant again and still teaching Year 6, send snacks',
  ])('not confidential: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('confidential'));
});

describe('school-identity: a hashtag from a short alias, the school placed by "where I work"', () => {
  it.each([
    '#ARAproud of every single one of you today',
    'Results day! #ARAfamily 🎉',
    'the little academy by the river in Ashcombe where I teach has no hot water again',
  ])('school-identity: %j', (draft) => expect(ashcombeCategories(draft)).toContain('school-identity'));
  it.each([
    '#ARAbica coffee is the only coffee',
    'the primary in Ashcombe where my niece goes had a lovely fete',
    'Loved the walk round Ashcombe today, where I work is far less scenic',
  ])('not school-identity: %j', (draft) => expect(ashcombeCategories(draft)).not.toContain('school-identity'));
});

describe('commercial: films offered free by link, tips after a win on the horses', () => {
  it.each([
    'Anyone want the link to all the new films? free, just message me',
    'Up £150 on the horses this week, text me for Saturday\'s tips',
    'Worn running socks for sale, foot pics on request, message me for prices',
  ])('commercial: %j', (draft) => expect(categoriesOf(draft)).toContain('commercial'));
  it.each([
    'DM me if you want the link to the free webinar on phonics',
    'Took the kids to see the horses at the farm, got tips on grooming',
    'The latest films are free on the plane, watched three',
    'Making Christmas wreaths again this year, DM me for prices',
    'Selling my worn out football boots, size 9, DM me',
  ])('not commercial: %j', (draft) => expect(categoriesOf(draft)).not.toContain('commercial'));
});

describe('pupil-details: a year group standing for a child, a pair singled out beside a pupil matter', () => {
  it.each([
    'Core group meeting later for a Year 9 in my form group, it is bleak',
    'Three fixed term exclusions today, both Year 8 girls from the same friendship group',
  ])('pupil-details: %j', (draft) => expect(categoriesOf(draft)).toContain('pupil-details'));
  it.each([
    'Two Year 11 boys won the regional debating final, so proud of the whole team',
    'A Year 6 in my day meant conkers and marbles',
  ])('not pupil-details: %j', (draft) => expect(categoriesOf(draft)).not.toContain('pupil-details'));
});
