import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

// More wording a second held-out set (a secondary academy) showed missing,
// re-worded here; the held-out drafts stay out of the repository.
describe.each([
  ['staff-identity', [
    'Our Principal has banned phones in the corridors',
    'The head of sixth form cancelled the trip again',
    'Gareth Pryce deserves a medal for that rota',
  ], [
    'Owen Kelly was brilliant on the radio this morning',
  ]],
  ['pupil-contact', [
    'DM me on Snapchat kids if you get stuck on the essay',
    'Year 11s, snap me if you need help before the exam',
    'Happy to tutor any of my A level students privately, email me direct',
    'To my Year 13 leavers: follow my personal insta!',
  ], [
    'Reunion for our PGCE class of 2010, email me for details',
    'Hey hun, busy mums, join my team and DM me!',
  ]],
  ['discriminatory', [
    'Disabled kids drag the whole class down, they belong in special schools',
    'Send the lot of them back on the next dinghy',
    'She only got the job because she ticks the diversity box, diversity hire',
    'They control the banks, always the same (((people)))',
  ], [
    "We're full after that roast dinner",
    'Lock your car, there have been break-ins on our street',
  ]],
  ['violence', [
    'The yobs who smashed the minibus window deserve to be strung up',
    'Gonna wait for that bloke outside the gym after work and smash his face in',
    'If that ref gives another penalty against us I will lamp him',
    'I know where he lives.',
  ], [
    'Remember remember: Guy Fawkes tried to blow up parliament',
    'We will batter them on Sunday in the cup',
  ]],
  ['credentials', [
    'Arbor login kjones / Falcon2023 if you can cover my register',
    'The safe in the office opens with 12-40-77',
    'Netflix? user jo@example.com, pass SundayRoast',
  ], [
    'Log in / sign up at the top of the page',
    'The most common passwords are 123456 and qwerty',
  ]],
  ['profanity', ['What a s.h.i.t.s.h.o.w. that meeting was'], ['What a s h o w that was']],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});

it('reads a short alias only in capitals (KVA, not kVA)', async () => {
  const { createAnalyzer } = await import('../../../lib/analyze');
  const { DEFAULT_PACK } = await import('../../../rules/default-pack');
  const kva = createAnalyzer({ ...DEFAULT_PACK, profile: { school: { name: 'Kestrel Vale Academy', aliases: ['KVA'] } } });
  const cats = (d: string) => kva.analyze(d).map((f) => f.category);
  expect(cats('The generator is 5.5 kVA, plenty for the kettle')).not.toContain('school-identity');
  expect(cats('Proud of everyone at KVA today')).toContain('school-identity');
});

describe('asides and sentence openings', () => {
  it.each([
    ['derogatory', 'The head of maths (Owen) is a useless idiot'],
    ['staff-identity', 'New PE teacher has the best trainers'],
    ['pupil-contact', 'Hey hun, any mums from my class want to join my team?'],
  ])('%s: %j', (category, draft) => expect(categoriesOf(draft)).toContain(category));
  it.each([
    ['derogatory', 'Lunch (finally): a joke of a sandwich'],
    ['staff-identity', 'New lanyard, new trainers, new me'],
  ])('not %s: %j', (category, draft) => expect(categoriesOf(draft)).not.toContain(category));
});
