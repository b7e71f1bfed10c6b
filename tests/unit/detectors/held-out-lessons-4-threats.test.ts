import { describe, expect, it } from 'vitest';
import { categoriesOf } from './helpers';

// Veiled threats and innuendo a fourth held-out set showed missing, re-worded
// here (different people, places and objects); the held-out drafts stay out of
// the repository. Every kind of wording has its hard negatives.
describe.each([
  ['violence', [
    // a weapon a person is going to "meet", or a visit from the poster and a weapon
    'Anyone who dents my bike again is going to meet my cricket bat 😇',
    'The next governor who books a 6pm meeting is getting a visit from me and my rolling pin',
    // a person put through a wall or a window
    'If the man from the council shouts at me again I will put him through a window',
    // a wish that the thing thrown had been worse
    'Shame it was only an egg. Should have been a brick',
    // a call to sink migrants' boats
    'Turn the dinghies round or sink the boats, simple as',
    // slang for a beating, with a conditional threat
    'The dad in the Range Rover is getting merked if he blocks me in again',
    // arson of "it" after a place of worship was named
    "They've approved a gurdwara on the old bus depot. Somebody will burn it down soon enough",
    // a shovel and bin bags kept for a person
    "If those auditors come back I'm getting a spade and some bin bags ready",
    // a brick through a driver's windscreen
    'The next driver who blocks the bus stop will find a brick through his windscreen',
    'Someone should put a brick through the windows of that MP office',
    // a weapon kept for a person
    'That referee from Saturday, I have a baseball bat with his name on it',
    'Got a crowbar waiting for whoever nicked my bike',
  ], [
    'Spent Saturday with a spade and a roll of bin bags clearing the back yard',
    "I'm keeping a shovel and bin bags in the boot in case it snows again",
    'Burnt the toast twice this week, someone will burn it down one day',
    'Husband left the oven on at home again, somebody will burn it down',
    'We got merked 6-0 on Saturday, the lads were gutted',
    "You're getting merked at FIFA tonight",
    'This lesson plan should have been a bullet list',
    'The next person to finish their reading book gets a sticker',
    'Come and meet my new puppy at the summer fair',
    'A big hello from me and my Year 3 class!',
    'My new cricket bat arrived today, nets on Tuesday',
    // hyperbole and idiom stay allowed
    'Report season is killing me, send cake',
    'I could murder a Sunday roast right now',
    'Cream first on a scone, fight me',
    'New killer heels for the leavers ball',
    'Going to put my feet up and meet my book club later',
    'Ordered a birthday card with her name on it',
    'Got a knife ready for you to cut the cake',
    'There is a spade waiting for you in the shed if you want to help dig',
  ]],
  ['sexual', [
    'Spent the evening on smutty fanfic, need a cold shower 🥵',
    'Divorced, 41, looking for fun, no strings 😘 DM me',
    'Selling worn running socks 😏 photos on request',
    'The new caretaker can park in my drive any time 😉',
    'What happens at the summer ball stays in the stationery cupboard 😉',
    'Mr Hale in those cycling shorts at the fun run. Phew 🥵',
    "Bet he's compensating for something 🤏",
  ], [
    'Overcompensating for something with all these colour-coded folders',
    'Playing the world\'s smallest violin for you 🤏',
    "Boiler's broken so it's a cold shower before work again",
    'Looking for fun things to do with the kids this half term 😍',
    "Selling my daughter's worn-once school shoes, pics on request 😉",
    'You can park in my drive any time while the road is closed',
    'Lord have mercy, thirty books to mark before Monday',
    'What happens at the residential stays at the residential 😂',
    'Restocked the stationery cupboard before the inspection 😉',
    'Running in those new trail shorts in this heatwave 🥵',
    'Spotted blue tits on the feeder and a cocktail in hand 😍',
    'The sexton showed Year 5 round the church 😉',
    'Honestly the fanfic my Year 10s write is wild 😂',
  ]],
] as const)('%s', (category, flags, allows) => {
  it.each(flags)('flags %j', (draft) => expect(categoriesOf(draft)).toContain(category));
  it.each(allows)('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain(category));
});

// Glorifying an attack on a person: praise just before a past blow with a person as its object.
describe('violence: praise for an attack', () => {
  it.each([
    'Fair play to the lad who decked that minister on the campaign trail',
    'Hats off to whoever slapped the MP, legend',
  ])('flags %j', (draft) => expect(categoriesOf(draft)).toContain('violence'));
  it.each([
    'Respect to the keeper who punched it clear in the 90th minute',
    'Fair play to the lad who punched above his weight in the debate',
    'Hats off to the team who knocked out the favourites',
    'He punched the politician in the play, brilliant acting',
  ])('allows %j', (draft) => expect(categoriesOf(draft)).not.toContain('violence'));
});
