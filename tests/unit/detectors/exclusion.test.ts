import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'discriminatory');

describe('exclusion: keeping a protected group out', () => {
  it.each([
    'Men shouldn’t be teaching in nursery, creepy',
    'Lesbian teachers shouldn’t be in charge of the changing rooms',
    'Hijabs should be banned for staff at our school',
    'Older staff should retire and make way',
    'Pregnant women should stay at home, simple as',
    'Immigrants are taking our jobs',
    "Foreigners don't belong in our schools",
    'Too many Romanians round here now',
    'Too many foreigners round here these days',
    'Our school needs fewer Eastern European kids',
    'Ban the hijab in schools',
    'Get rid of all these foreign teachers',
    "I wouldn't hire a pregnant woman",
    'They should all go back to their own country',
    'So many migrants in town now. Send them back.',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Disabled children shouldn't be excluded from school trips",
    'Women should be allowed to wear trousers in the uniform',
    'Men should be allowed proper paternity leave',
    'Fewer women become heads than men, which needs to change',
    'Too many disabled children are still excluded from trips',
    'Too many meetings this week',
    'Teachers should never be made to work this many hours',
    'Phones should be banned in classrooms',
    'Sent them back to the shop because the zip broke',
    'Send them back to the office when you are done',
    'Go back to sleep, it is Saturday',
    'Racism has no place in our school',
    'Go back to your own country is something a pupil heard on the bus, and we talked about why it is racist',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('"send them back" needs a group named somewhere in the draft', () => {
    expect(found('Wrong size again. Send them back.')).toEqual([]);
    expect(found('Too many immigrant families on our estate now. Send them back.').map((f) => f.text)).toContain('Send them back');
  });
});
