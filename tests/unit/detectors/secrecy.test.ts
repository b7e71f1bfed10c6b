import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'confidential');

describe('secrecy: marked secret and about school business', () => {
  it.each([
    'Don’t tell anyone but the head is leaving',
    'Keep this quiet but governors are merging us with the juniors',
    'Off the record the deputy has been sacked',
    'You didn’t hear it from me but the budget is in a mess',
    'Shhh 🤫 new head appointed, announcement Monday',
    'Our head has resigned, letter to parents goes out Friday so keep it to yourselves',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    "Don't tell anyone but I've booked Ibiza for half term",
    'Between us, I think the cake was better last year',
    'Keep it quiet, it’s a surprise for the head’s birthday',
    'Staff secret santa sorted',
    'Shh, the baby is asleep',
    "Don't tell anyone but I've got an interview for a new job",
    'Between you and me, I am thinking of going part time',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
