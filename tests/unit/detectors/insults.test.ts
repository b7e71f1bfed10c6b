import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'derogatory');

describe('insults: name-calling aimed at a person, a group or the school', () => {
  it.each([
    'The head is an absolute moron',
    'Our SLT are a bunch of clowns',
    'Mrs Jones is a lazy cow',
    'The supply teacher was a complete waste of space',
    'That brat in my class needs to grow up',
    'Honestly the mums on the class WhatsApp are thick as mince',
    'My line manager is a total snake',
    'The Year 8s are feral animals',
    'My Year 9s are feral this week',
    'The deputy has no clue what he is doing',
    'Inspector was a jumped up little prat',
    'Our caretaker is a creepy old git',
    'What a useless bunch of governors',
    'This school is a shambles',
    'Worst headteacher I have ever worked for',
    'The head of year is such a muppet',
    'Honestly the head’s lost the plot',
    'The deputy head can jog on',
    'The Chair of governors is a pompous buffoon',
    "Our new NQT is utterly gormless",
    'The education secretary is a moron',
    '#StMarysSchool more like #StMarysPrison',
    'This school is a joke, can’t wait to leave',
    'The mums at the gate are such gossiping cows',
    'That Ofsted inspector was a right jobsworth',
    'Our Year 11s are a bunch of thugs',
    'Mrs Patel is a vile woman',
    'Mr Okoro has lost the plot',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'The new marking policy is pointless',
    'This new timetable is a joke',
    'The printer is useless',
    'The wifi at this school is useless today',
    "I'm such an idiot, left my keys in the classroom",
    'Idiot me, forgot my lunch again',
    "I've totally lost the plot with this planning",
    'Feeling like the worst teacher ever today',
    'My dog is a total moron, ate a glue stick',
    'My husband is an idiot, put the milk in the oven, love him',
    'Honestly my own kids are animals at bath time',
    'Our class clown had everyone laughing in assembly',
    'Some idiot parked across my drive again',
    'Heathcliff is the worst, fight me',
    'The Year 6 play was brilliant, Tom was a pig and stole the show',
    'Lily was a witch for World Book Day',
    'My class were a bit lazy today after PE',
    'The DfE have lost the plot with these targets',
    'The government is useless on school funding',
    'Ryanair are useless',
    'Twitter is full of idiots today',
    'Kids can get stuffed with pizza at the party',
    '#MondayMotivation more like #MondayMisery',
    'Our TA is an absolute star',
    'The head said the new policy is a joke and she is right',
    'Immigrants are scum',
    'Arsenal are a joke this season',
    'Aston Villa have lost the plot selling him',
    'The manager should be sacked after that performance',
    'The lads in my five-a-side team are useless at passing',
    'Kids are animals at the zoo trip, in the best way',
    'This school is a zoo at home time, but a lovely one',
    'Our head is a clown at the Christmas panto every year',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('marks the target with the insult', () => {
    expect(found('Honestly the parents in this town are vile').map((f) => f.text)).toEqual(['parents in this town are vile']);
  });

  it('leaves hostility to a protected group to the discriminatory rules', () => {
    const cats = analyzer.analyze('Immigrants are scum').map((f) => f.category);
    expect(cats).toContain('discriminatory');
    expect(cats).not.toContain('derogatory');
  });
});
