import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'discriminatory');

describe('prejudice: negative generalisations about a protected group', () => {
  it.each([
    'Polish parents never bother with homework, typical',
    'Asian families always kick off at parents evening',
    'Every Muslim parent I have met is so aggressive',
    'Disabled staff are a drain on the budget',
    'Pregnant teachers are so lazy, always off at appointments',
    'Women are rubbish at parking, sorry not sorry',
    'Refugees are scroungers, every last one',
    'Gypsies are all thieves',
    'Working mums are useless, always leaving early',
    'Wheelchair users are such attention seekers',
    "I'm not racist but immigrants are all criminals",
    'The Jews control the banks and the media',
    'Why do gay staff get special treatment when the rest of us get nothing?',
    'Sick of lazy old teachers clinging on to their TLRs',
    'Older teachers are dead wood',
    'Hindus are all so tight with money',
    "Muslim parents won't let their kids do swimming, so backwards",
    'Typical Romanian parents, never pay for trips',
    "Black boys are just more violent, it's not racist, it's facts",
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'My Muslim neighbour brought round biryani, best neighbour ever',
    'Eid Mubarak! The Year 4s made beautiful cards',
    'Happy Diwali to all our families, the hall looked amazing',
    'As a black teacher I know how much representation matters',
    'As a gay teacher I am shattered after this week',
    "It's a myth that boys can't read as well as girls",
    'The idea that women are too emotional to lead is a tired stereotype',
    'Disabled pupils are not a burden, they are part of our class',
    'A white woman was rude to me at the bus stop',
    'The older kids were so loud at lunch today',
    'My old mentor was always so lazy about filing, bless him',
    'French teachers are always so dramatic about verb tables',
    'Why do Muslims fast during Ramadan? Great question from a Year 3',
    'Why do women get paid less? Still a fair question',
    'The PTA run all the discos',
    'Stupid old laminator chewed my display again',
    'Bloody foreign exchange rates killed my holiday budget',
    'Dirty old trainers in the lost property box',
    'Refugees are welcome here',
    'Immigrants built the NHS, remember that',
    'Not all Muslims are the same, obviously',
    'Black parents are never the problem at pick-up, the traffic is',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('marks the group and what is said of it', () => {
    const [f] = found('Honestly, Eastern European parents are always so rude at pick-up');
    expect(f?.text).toBe('Eastern European parents are always so rude');
    expect(f?.rule).toBe('discriminatory/stereotype');
  });
});
