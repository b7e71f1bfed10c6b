import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'confidential');

describe('inspection: unpublished grades and test papers before the test', () => {
  it.each([
    'Between us we got Inadequate, report out in three weeks',
    "Ofsted said Outstanding but it's embargoed till the report",
    'Provisional grade from the inspectors is Inadequate, we are all devastated',
    "Ofsted just left. Good, but not allowed to say officially till the report's out",
    'Inspection over!! We got Requires Improvement. Report comes out after half term.',
    'Got a sneaky peek at the KS2 maths paper, fractions galore',
    'Told to keep quiet but the SATs papers came today',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'We got Outstanding in our Ofsted last year and the report is on our website',
    'Ofsted came in 2022 and said Good',
    'Outstanding effort from everyone at sports day',
    'The kids were outstanding on the trip, officially the best class',
    'Good news, we got the funding for the new playground, officially',
    'The SATs papers were really fair this year',
    'Marking the SATs practice papers tonight',
    'Looks like the papers are calling for snow',
    "Anyone can read a school's inspection report online, they are all public",
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
