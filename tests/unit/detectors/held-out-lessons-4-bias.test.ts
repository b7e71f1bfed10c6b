import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

// Kinds of prejudice and insult a fourth held-out set showed missing, re-worded
// here (other names, other places); the held-out drafts stay out of the repository.
describe.each([
  ['derogatory', [
    'Honestly the deputy has totally lost the bloody plot',
    'Jayden Price and his mates in 10C can get f***ed, done with them',
    'Amira in 8P is a smug little know-it-all',
    'Tom H in my tutor group is thick as a brick',
    'Ellie in Year 7 is a lazy little cheat',
    'The new head of English thinks he\'s God\'s gift',
    'Oakfield Prison Academy more like. Nobody learns a thing',
  ], [
    'I totally lost the plot with the Lego this weekend, 4 hours on one set',
    'Lily in my tutor group is an absolute star',
    'Played Monopoly with the kids, my eldest is a lazy cheat at it 😂',
    'Real Madrid more like Real Sadrid after that result',
    'The projector in 9B has lost the plot again',
  ]],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});
