import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const flagged = (text: string) => analyzer.analyze(text).some((f) => f.category === 'violence');

describe('violence/threat flags', () => {
  it.each([
    // threats at a person, jokey or not
    'If the business manager cancels our budget again I will strangle her',
    'Swear down I\'m gonna punch him if he takes my parking space once more',
    'The ref was useless, I could have throttled him. Next time I\'ll deck him',
    'Honestly I could kill my husband, he\'s left the wet washing in the machine again',
    'I\'d happily kick his head in after that meeting',
    'Next parent who emails at 11pm, I\'m going to wring their neck',
    'One more comment about my lanyard and I\'ll smash his face in',
    'I might just push the deputy down the stairs tomorrow',
    'I want to slap that inspector so hard',
    'Let me at him, I\'ll give him a good hiding',
    // wishes and calls
    'Wish somebody would run that cyclist over',
    'I hope he gets hit by a bus on the way home',
    'Someone needs to burn down the council offices',
    'Someone ought to blow up parliament, would save us all a lot of grief',
    'Every one of those ministers should be strung up',
    'Those kids need a good slap, and their parents too',
    'Death to the Tories',
    'Bring back the cane, that would sort Year 9 out',
    'Line up the whole of SLT against a wall and let the TAs take aim',
    'Somebody should put a bomb under their headquarters',
    // weapons
    'Review with the head tomorrow. Might bring a machete 🔪',
    'If she moves my marking again I\'m going round hers with a cricket bat',
    'I\'m tempted to bring a hammer to my appraisal',
    'If Year 10 kick off tomorrow I\'m bringing my shotgun 🔫',
    // a jokey threat at whoever it is still reads as a threat
    'Honestly I want to strangle whoever designed this timetable',
    'I\'m going to stab the next person who moves my stapler',
    'Those councillors deserve a bullet',
    'Burn the whole DfE down',
    'Let\'s run the inspector over with the minibus',
    'I\'m going to throttle Year 8',
    'Hang \'em all, I say',
    'Someone please push Ofsted off a cliff',
    'Honestly would love to punch every single person on the DfE',
    'Pass me a rifle, there\'s an inspector in the car park',
    'Why does nobody bomb the Department for Education?',
    'Mate, I\'d glass him if I saw him in the pub',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('violence allows', () => {
  it.each([
    // the end of a clause ends the search for whom a verb is aimed at
    'New crime novel on the go: poison, Venice, two rival teachers. Bliss',
    'Best shot of the tournament: our under-11s with the trophy',
    // idioms and hyperbole about things, situations or oneself
    'These reports are killing me',
    'My feet are killing me after that Inset day',
    'Year 6 absolutely killed it at the concert',
    'Dressed to kill for the leavers\' ball',
    'I could kill for a cup of tea right now',
    'He gets away with murder in that department, honestly',
    'Could murder a pint after parents\' evening',
    'The Y6 kids will put me in an early grave',
    'Hill I will die on: Oxford commas matter',
    'Knocked it out of the park with that observation',
    'Our Year 11s smashed their mocks',
    'Completely bombed the driving test, third time unlucky',
    'Bath bombs for the secret Santa',
    'That coat must have cost a bomb',
    'Shoot me a message if you need the planning',
    'I\'ll shoot you an email with the details',
    'Booster jab done, now a shot of something strong',
    'Assassin\'s Creed marathon this weekend',
    'We had a blast at the climbing wall',
    'Break a leg to everyone in the school play tonight!',
    'Mum is going to kill me for missing her birthday',
    'I should be shot for that pun',
    'The old dog had to be put down, devastated',
    'We\'re going to batter them on Saturday, come on you Blues',
    'I\'ll destroy him at Scrabble later',
    'I will murder you at Mario Kart tonight',
    'Bringing a knife and the birthday cake to the staffroom',
    'Going to kill some time in town before the train',
    'Don\'t shoot the messenger, but the photocopier is broken again',
    'Those heels could kill you',
    'A pupil threw a chair today, everyone is fine',
    'Kick off at 3, wrap up warm',
    'Hang the bunting up before the fete',
    'Flu has knocked me out for the week',
    'I could strangle this printer',
    'My head is pounding',
    'Remember remember the fifth of November: Guy Fawkes tried to blow up parliament',
    'Stabbed in the back by my own sat nav',
    'The new framework might kill teachers\' enthusiasm',
    'The SATs papers are going to kill them',
    'Tempted to throw my laptop out of the window',
    'I\'m going to take him out for dinner',
    'I\'ll hit you up later about the trip',
    'Going to set fire to the rain on karaoke night',
    'Need to blow up the balloons for the party',
    'I\'d happily murder a bacon sandwich',
    'You\'ll kill it in the interview!',
    'The dad kicked off at pick-up, I was shaking',
    'He threatened to punch me, so I walked away and told the office',
    'Might bring a bat to the rounders match',
    'I\'ll deck the halls this weekend',
    'Someone should tell the head the boiler is broken',
    'I\'m going to kill this Zumba class tonight',
    'My son knocked his tooth out on the trampoline',
    'Thoughts with everyone affected by the attack in Manchester',
    'Year 5 loved learning about the Gunpowder Plot',
    'Kill Bill is on tonight, classic',
    'Pinch, punch, first of the month!',
    'Took a knife to the giant pumpkin for Halloween',
    'I\'ll bring a bat and some balls for rounders on Friday',
    'Hope he gets well soon, lovely man',
    'He\'s a killer at Monopoly, never play him',
    'Kill me now, it\'s only Tuesday',
    'Punch the air, Friday!',
    'A parent threatened to knock me out at pick-up today',
    'Dad in reception shouting he was going to kill the head',
    'Kid told me he\'d bring a knife to school',
    'A pupil shouted "I\'ll kill you" at another pupil in the lunch queue',
    'Pass me a hammer, the display board is falling down',
    'Hand me the knife, I\'ll cut the cake for the leavers',
    'Can someone please shoot me the minutes from today?',
    'Would love to punch a hole in the wall for a hatch to the kitchen',
    'Get me a gun for the water fight, Year 4 are winning',
    'Where\'s my cricket bat, the kids want a match',
    'Torch needed for the Year 4 camp out, anyone got a spare?',
    'The Year 5 volcano experiment literally blew up, best lesson ever',
    'I\'ll bring the bats and stumps for the staff cricket',
    'Our Guy Fawkes display is up, the kids made the bonfire out of tissue paper',
    'This weather is brutal, going to kill my tomatoes',
    'Gave the class a good talking to, they were angels after',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('violence: verbs in every form (lexicon inflection)', () => {
  it.each([
    ["I'm knocking him clean out if he does that again"],
    ['Could have throttled the lot of them today'],
    ["Can't wait to punch his lights out"],
    ["If he turns up at the party he's getting glassed"],
    ['Whoever torches the council offices gets a medal'],
    ['Next time I see him I am stabbing him'],
  ])('flags %j', (draft) => {
    expect(flagged(draft)).toBe(true);
  });
  it.each([
    ["I'm hanging out with them tonight"],
    ['She is punching above her weight with that one'],
    ["We're smashing it this term, the kids are killing it"],
    ['Hitting the gym with them after work'],
  ])('allows %j', (draft) => {
    expect(flagged(draft)).toBe(false);
  });
});
