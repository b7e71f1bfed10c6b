import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const rules = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'confidential').map((f) => f.rule);

describe('staff matters: a colleague’s suspension, discipline, sickness or investigation', () => {
  it.each([
    'Our head was suspended last week, nobody knows why',
    'A TA at work has been signed off for months with stress',
    'Mr Smith is facing a disciplinary hearing next week',
    'Apparently there is an allegation against one of the teachers',
    'Our bursar is under investigation for the missing money',
    "The head's been on long-term sick since Easter",
    'A colleague is on capability and it is grim',
    'The deputy got a written warning',
    'Someone at work got escorted off site today',
  ])('flags %j', (text) => {
    expect(rules(text)).toContain('confidential/staff-matters');
  });

  it.each([
    "I've been signed off with stress, taking it one day at a time",
    'The budget has finally been signed off',
    'The football match was suspended because of fog',
    'The deputy is off today so I am covering Year 4',
    'Signed off the reports, what a relief',
    'The head signed off my leave request',
    'Suspended ceiling in the hall is being replaced',
  ])('allows %j', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
