import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'confidential');

describe('school plans: restructures, redundancies and conversions not yet announced', () => {
  it.each([
    "We're becoming an academy in September but parents don't know yet",
    "They're making redundancies at our school, 5 TAs going",
    "Staff briefing: they're cutting 3 TA jobs",
    "The school's being taken over by a trust next year",
    "We're joining a MAT, all very hush hush",
    'Redundancies at our place, SLT told us today',
    'Our school is merging with the infants down the road',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Forced academisation is a disaster for schools',
    'My husband’s firm is making redundancies again',
    'We are restructuring the Year 5 topic plan',
    'The school is closing early for snow',
    'Merging two classes for PE today',
    'My friend was made redundant, any jobs going?',
    'Redundancy pay explained in this thread',
    'We became an academy years ago',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
