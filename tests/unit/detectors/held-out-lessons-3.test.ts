import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

// Wording a third held-out set (a primary in the North West) showed missing,
// re-worded here; the held-out drafts stay out of the repository.
describe.each([
  ['credentials', ["The gate code has changed again, it's 5582# now"], ['The timetable has changed again, it is a mess']],
  ['staff-identity', ['The bloody head has cancelled PPA again'], ['The bloody head of lettuce was off']],
  ['derogatory', [
    'Mr Pryce is definitely shagging one of the Year 4 mums',
    'That inspector was a smug little w*nker',
    'Milo in my class is a nightmare child, spoilt brat',
  ], ['Nightmare of a commute, spoilt my whole morning']],
  ['discriminatory', [
    'Teachers over 60 should be forced to retire, dead wood',
    'The staffroom is full of menopausal old dinosaurs',
    'Every mosque in the city should be shut down',
    'Muslim kids are off the trip again. Special treatment as usual.',
  ], ['Special treatment for my mum on her 80th birthday', 'The museum has real dinosaurs']],
  ['sexual', ['That new barista is fit as f**k 😍 would climb him like a tree'], ['I have a crush on this new coffee shop']],
  ['violence', [
    'Someone should put a brick through the DfE windows',
    'Do it again and your tyres get slashed',
  ], ['A brick through the window of the old mill in the storm, what a night']],
  ['confidential', [
    "Harriet Cole's parents are splitting and mum says dad has been violent at home",
    'Esme W in my class went into care this week',
  ], ['My parents are splitting the bill for the party']],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});

describe('names, roles and audiences in context', () => {
  it.each([
    ['school-identity', "Harvest tins piled high at St Aidens RC, you lot are so generous"],
    ['staff-identity', 'The new trainee is so thick'],
    ['staff-identity', "Headteacher at my school has been suspended, can't believe it"],
    ['derogatory', 'Some of the parents at pick-up are absolute imbeciles'],
    ['confidential', 'Harriet Cole was sent home again. Police were called.'],
  ])('%s: %j', (category, draft) => expect(categoriesOf(draft)).toContain(category));
  it.each([
    ['pupil-contact', 'Join my team and message me! Earn while the kids nap'],
    ['staff-identity', 'Buzzing to start as a Year 4 teacher in September #NQT #TeacherLife'],
    ['confidential', 'Police were called to our street last night, scary'],
  ])('not %s: %j', (category, draft) => expect(categoriesOf(draft)).not.toContain(category));
});
