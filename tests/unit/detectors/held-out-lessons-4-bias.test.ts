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
    'Noah P in my tutor group is a pain, thick as mince',
  ], [
    'The walk was a slog, thick as pea soup fog on the tops',
    'I totally lost the plot with the Lego this weekend, 4 hours on one set',
    'Lily in my tutor group is an absolute star',
    'Played Monopoly with the kids, my eldest is a lazy cheat at it 😂',
    'Real Madrid more like Real Sadrid after that result',
    'The projector in 9B has lost the plot again',
  ]],
  ['discriminatory', [
    'A trans policy for the whole trust?? Woke nonsense, honestly',
    'The blind girl in my set slows the whole class down, she should be in a special school',
    'Two colleagues on maternity leave at once. If you want a family don\'t apply for a head of year role',
    'Why is every burger at the match halal now?? This is Britain',
    'The Year 8 boys need a bloke to sort them out, the new head of year is too soft',
    'A gurdwara is opening on the high street. Someone should burn the place down, wouldn\'t shed a tear',
    'We keep hiring men over 55 for SLT, most of them are past it by Easter',
    'Boat people on the news again. Ship them back',
    'I\'ve got nothing against bisexuals but why does every assembly have to be about it? Keep it behind closed doors',
    'We all know who really runs the media',
    'Never employ a woman in her late 20s, she will be off on maternity in months',
    'Romanian dads never come to parents evening. Can\'t be bothered to learn English either',
    'Those people from the site near the bypass will steal anything not nailed down',
  ], [
    'This is England: sunshine, hail and a cancelled train all before 10am',
    'I don\'t mind Muslims using the prayer room in my lunch break at all',
    'Nothing against the kids but the weather at sports day was grim',
    'The old shed is rotten, we\'ll burn it down on bonfire night',
    'The deaf boy in my tutor group is a brilliant chess player',
    'Our women\'s netball squad is brilliant, half of them are under 21',
    'Halal butcher on the high street does the best lamb chops',
    'Small boats bobbing in the harbour at Whitby, gorgeous evening',
    'Keep it at home please, the nativity costumes are too big to bring in',
    'The people from the site office were really helpful with the parking',
    'Never hire a man with a van without checking his reviews',
    'My nan can\'t be bothered to learn English spellings for her crossword',
  ]],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});
