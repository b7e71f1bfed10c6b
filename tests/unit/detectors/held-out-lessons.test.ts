import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

// Wording a held-out set from another school showed the detectors lacked
// (re-worded here: the held-out drafts themselves stay out of the repository).
describe.each([
  ['discriminatory', [
    "Gypsies have moved onto the playing field again. Hide the bikes, they're all thieves.",
    "We're not hiring anyone over 60 again, they can't cope with the laptops",
    'Roma families are always the ones causing trouble',
  ], [
    "United fans in the pub again. Hide your wallets, they're all thieves.",
    'We are hiring! Anyone over 18 can apply for the lunchtime role',
  ]],
  ['derogatory', [
    'The parents in my class are the thickest people I have ever met',
    "Harriet's dad is an absolute weapon, shouting in the playground",
    'Ofsted can kiss my arse. Clowns, the lot of them.',
    'The councillor is a lying crook who pocketed the library money',
  ], [
    "This is the thickest fog I've ever driven through",
    'Absolute weapon of a sandwich, I am stuffed',
  ]],
  ['confidential', [
    "Esme's family are being evicted next week and she has nowhere to go",
    'Had to restrain a Year 2 girl at lunch today',
  ], [
    "I'll send you the link for the kids' party",
    'Restraint training this afternoon, very useful',
  ]],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});
