import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

describe('staff-identity', () => {
  it.each([
    ['full name with work context', 'Gareth Pryce gave a great speech at the staff briefing'],
    ['full name beside the school name', "St Aidan's today: Gareth Pryce has lost the plot"],
    ['title and surname', 'Mrs Hussain is a legend'],
    ['first name with work context', 'Owen covered my class again at work today'],
    ['our head', 'Our head has banned tinsel'],
    ['my TA', 'My TA brought me a coffee'],
    ['that new teacher', 'That new Year 5 teacher never smiles'],
    ['the deputy with school context', 'The deputy told the kids off in assembly'],
    ['the SENCo', 'Our SENCo is drowning in paperwork'],
    ['possessive role', "Our head's new car is ridiculous"],
  ])('flags %s', (_why, draft) => {
    expect(categoriesOf(draft)).toContain('staff-identity');
  });

  it.each([
    ['body part', 'My head is pounding after that'],
    ['head of something else', 'The head of the BBC resigned today'],
    ['plural group', 'Headteachers up and down the country are exhausted'],
    ['teaching assistants in general', 'Teaching assistants deserve better pay'],
    ['first name, no school context', 'Gareth Bale scored again'],
    ['a celebrity sharing a full name, no school context', 'Owen Kelly was brilliant on the radio this morning'],
    ['a former mentor', 'Happy retirement to my first mentor'],
    ['the writer\'s own role, as a sign-off', 'Business manager here, does anyone know a cheaper photocopier lease?'],
    ['the writer\'s own role, as a tag', 'Exams officer life: labels, seating plans, repeat'],
    ['the writer\'s own role, after I\'m the', "I'm the SENCo, so the paperwork lands on me"],
    ['a role in advice to other staff', 'If a child tells you something worrying, write it down and go straight to your DSL'],
  ])('allows %s', (_why, draft) => {
    expect(categoriesOf(draft)).not.toContain('staff-identity');
  });
});

describe('pupil-details', () => {
  it.each([
    ['full name', 'Harriet Cole won the poetry prize'],
    ['apostrophe name', "Ronan O'Neill's model volcano erupted"],
    ['first name in class context', 'Milo in my class can recite pi to 50 places'],
    ['first name and initial', 'Esme W from my class lost a tooth'],
    ['a child through the class', 'A girl in my Year 2 class drew me as a dinosaur'],
    ['one of my', 'One of my Year 3s asked if I live at school'],
    ['phase kid', 'Nursery kid called me mum today'],
    ['characteristic subgroup', 'The EAL kids in my class are flying'],
    ['class code', 'The boy in 4B who never stops talking'],
  ])('flags %s', (_why, draft) => {
    expect(categoriesOf(draft)).toContain('pupil-details');
  });

  it.each([
    ['whole class', 'My class smashed their assembly'],
    ['own child with a roster name', 'My Ivy starts nursery tomorrow'],
    ['roster first name as another person', 'Esme Young is on the telly tonight'],
    ['roster first name without school context', 'Milo the dog needs a walk'],
    ['own childhood', 'Year 6 was 1994 for me, what a year'],
    ['class size', 'I have 30 in my class this year'],
  ])('allows %s', (_why, draft) => {
    expect(categoriesOf(draft)).not.toContain('pupil-details');
  });
});

describe('pupil-contact', () => {
  it.each([
    ['leavers on snap', "All my Year 11s, add me on snap now you've left!"],
    ['kids DM', 'Kids, DM me on insta if you are stuck'],
    ['parents email', 'Parents, email me at home if you have worries'],
    ['class WhatsApp group', 'Any class parents fancy joining my WhatsApp group?'],
    ['roster parent on Facebook', "Messaged Ivy's mum on Facebook last night"],
    ['friend request', "Accepted a pupil's friend request today, one of my Year 6s"],
  ])('flags %s', (_why, draft) => {
    expect(categoriesOf(draft)).toContain('pupil-contact');
  });

  it.each([
    ['adults only', 'Text me if you fancy joining our Tuesday netball team'],
    ["parents' evening", "Parents' evening till 8, text me after if you fancy a drink"],
    ['own kids', 'My kids made me follow them on TikTok'],
    ['own parents', 'My parents finally joined WhatsApp, send help'],
  ])('allows %s', (_why, draft) => {
    expect(categoriesOf(draft)).not.toContain('pupil-contact');
  });
});

describe('first names that are not the pupil or colleague', () => {
  it.each([
    ['a relative with a roster first name, school context', 'Took my niece Esme to the school nativity'],
    ['a pet with a roster first name, school context', 'My dog Milo ate my marking for the class'],
    ['a relative with a staff first name, work context', 'My husband Owen picked me up from work'],
  ])('allows %s', (_why, draft) => {
    const cats = categoriesOf(draft);
    expect(cats).not.toContain('pupil-details');
    expect(cats).not.toContain('staff-identity');
  });
});
