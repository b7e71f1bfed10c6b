/**
 * Deterministic material for scripts/bench.ts: drafts built from a pool of
 * staff-post sentence templates (written for the benchmark, not taken from the
 * eval sample) and a synthetic big school profile. Everything comes from a
 * seeded PRNG so two runs of the benchmark read the same text.
 */
import type { Profile } from '../rules/schema';
import { mulberry32, type Rng } from '../tests/unit/helpers/random';

export { mulberry32 };

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

export const FIRST = [
  'Amara', 'Ben', 'Chloe', 'Dylan', 'Ella', 'Finley', 'Grace', 'Harry', 'Isla', 'Jack', 'Kai', 'Lily', 'Mohammed', 'Nia',
  'Oscar', 'Poppy', 'Reuben', 'Sofia', 'Theo', 'Uma', 'Vikram', 'Willow', 'Yusuf', 'Zara', 'Aisha', 'Callum', 'Daisy',
  'Ethan', 'Freya', 'Hamza', 'Ivy', 'Jayden', 'Leo', 'Maya', 'Noah', 'Olivia', 'Priya', 'Rory', 'Sienna', 'Tobias',
];
export const LAST = [
  'Adeyemi', 'Brennan', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gupta', 'Hughes', 'Iqbal', 'Jones', 'Kowalski', 'Lewis',
  'Murphy', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Robinson', 'Singh', 'Thompson', 'Usman', 'Vaughan', 'Walsh', 'Yilmaz',
  'Ahmed', 'Baker', 'Carter', "O'Neill", 'Davies', 'Ellis', 'Foster', 'Green', 'Hall', 'Khan', 'Mensah', 'Price',
];

const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SUBJECT = ['maths', 'phonics', 'history', 'science', 'PE', 'art', 'music', 'French', 'geography', 'RE', 'computing'];
const THING = ['the photocopier', 'the laminator', 'the wifi', 'the heating', 'the printer', 'the smartboard', 'my laptop', 'the kettle'];
const FOOD = ['flapjack', 'lemon drizzle', 'banana bread', 'a bacon roll', 'chips', 'a flat white', 'shortbread', 'a samosa'];
const PLACE = ['the Lake District', 'Whitby', 'Brighton', 'the Peak District', 'Cornwall', 'Edinburgh', 'Snowdonia', 'the Science Museum'];
const EMOJI = ['😂', '🙌', '☕', '📚', '🎉', '🙈', '👏🏽', '😴', '🌧️', '👩‍🏫', '❤️', '🤦‍♀️'];
const TAG = ['#TeacherLife', '#MarkingMountain', '#EduTwitter', '#WorldBookDay', '#SportsDay', '#PrimaryRocks', '#NQTlife'];

// {F} first name, {L} last name, {D} day, {S} subject, {T} thing, {O} food,
// {P} place, {E} emoji, {H} hashtag, {N} 1-99, {Y} year group 1-6, {M} 3 digits, {C} pence.
const TEMPLATES = [
  // clean everyday posts
  'Lovely {S} lesson with Year {Y} this morning {E}',
  '{H} anyone else still marking {N} {S} books on a {D} night?',
  'Finally finished the reports, {N} down and a weekend to go.',
  'Took the class to {P} and nobody got lost, which is a first.',
  'Sports day is on {D}, fingers crossed for the weather {E}',
  'Made {O} for the staffroom and it vanished in {N} minutes.',
  'Mr. {L} has been doing the crossword at break for {N} years apparently.',
  'This report writing is killing me, send {O}.',
  'Spent £{N}.{C} on glue sticks again, the joys of {S} week.',
  'Parents evening runs until 7.30pm on {D}, wish me luck {E}',
  'Half term in {P} was exactly what I needed.',
  'Our {S} display finally went up after {N} attempts {H}',
  'Coffee number {N} of the day and it is not even 11am {E}',
  'Reading Dickens aloud with a cocktail after a long {D}.',
  '{H} can anyone recommend a good {S} scheme for Year {Y}, budget about £{N}?',
  'Shout out to the TAs who kept everything going on {D}.',
  'Got the train to {P} for the conference, {N} slides on {S} assessment.',
  'Who decided {T} should break on the first day back?',
  'Killer heels at the leavers do, my feet are still recovering.',
  'Baked {O} for the PTA cake sale, raised £{N} for the library.',
  'World Book Day outfits ranged from {N} Gruffalos to one very confused Gandalf {E}',
  'Ran a {N}k for charity on {D} and my knees have opinions.',
  'Not going to die on this hill, but {S} before lunch is better.',
  'Planning for next term done by {D}, e.g. {S} and {S}, no stress {E}',
  'The new reading corner looks amazing, thanks so much to all who donated books.',
  'A shot of espresso and a quiet room, that is all I ask on a {D}.',
  'Trip to {P} booked for {N} children, risk assessment is {N} pages long.',
  'Played Assassin\'s Creed all weekend instead of planning, no regrets.',
  // with contact details, names, the school, swearing
  'Message me on 07700 900{M} if you want to swap the {D} duty.',
  'Ring +44 7700 900{M} about the {P} trip, ta.',
  'Email me at {f}.{l}{N}@gmail.com for the {S} resources.',
  'So proud of {F} {L} in Year {Y} who smashed the {S} test today {E}',
  'Well done to {F} for the best {S} homework I have seen all term.',
  '{F} {L}\'s mum asked again about the {P} trip, third time this week.',
  'Great assembly at Christ Church School today {H}',
  'Missing the lovely families at #ChristChurchHampstead already {E}',
  'Walked past Christchurch Hill on {D}, feels odd being off sick.',
  'What a shit day, {T} jammed {N} times.',
  'F*** this, {T} has eaten my {S} worksheets again.',
  'Absolute b0ll0cks from the DfE again {E}',
  'Ofsted are in on {D}, absolutely fuuuuck.',
  'Whoever nicked my {O} from the staffroom fridge is a proper dickhead.',
  'Mrs {L} in Year {Y} is the best colleague anyone could ask for.',
  'My login is {f}{l} and the password is Summer{N}{l} if anyone needs the {S} folder.',
  'DM me on insta if your kids want extra {S} tutoring over half term {E}',
  'Can\'t say much but there is a safeguarding thing with a child in Year {Y} {E}',
  'Win a free iPad, click bit.ly/{f}{M} now! {E}',
  'That {S} lesson was pants, the kids were bouncing off the walls.',
];

/** One sentence from the pool, slots filled. */
export function sentence(rng: Rng): string {
  const t = pick(rng, TEMPLATES);
  const f = pick(rng, FIRST), l = pick(rng, LAST);
  return t.replace(/\{([A-Za-z])\}/g, (_, k: string) => {
    switch (k) {
      case 'F': return f;
      case 'L': return l;
      case 'f': return f.toLowerCase();
      case 'l': return l.toLowerCase().replace(/'/g, '');
      case 'D': return pick(rng, DAY);
      case 'S': return pick(rng, SUBJECT);
      case 'T': return pick(rng, THING);
      case 'O': return pick(rng, FOOD);
      case 'P': return pick(rng, PLACE);
      case 'E': return pick(rng, EMOJI);
      case 'H': return pick(rng, TAG);
      case 'N': return String(1 + Math.floor(rng() * 99));
      case 'Y': return String(1 + Math.floor(rng() * 6));
      case 'M': return String(Math.floor(rng() * 1000)).padStart(3, '0');
      case 'C': return String(Math.floor(rng() * 100)).padStart(2, '0');
      default: return k;
    }
  });
}

/**
 * A draft of exactly `length` characters. Sentences never repeat within a
 * draft nor appear in `exclude` (the analyzer caches per sentence, so a repeat
 * would be a cache hit and flatter the figures); they are separated by a space
 * or, now and then, a line break or a blank line, as posts are written.
 */
export function buildDraft(length: number, seed: number, exclude?: ReadonlySet<string>): { text: string; sentences: Set<string> } {
  const rng = mulberry32(seed);
  const used = new Set<string>();
  let text = '';
  while (text.length < length) {
    let s = sentence(rng);
    for (let tries = 0; (used.has(s) || exclude?.has(s)) && tries < 50; tries++) s = sentence(rng);
    used.add(s);
    if (text) {
      const r = rng();
      text += r < 0.8 ? ' ' : r < 0.93 ? '\n' : '\n\n';
    }
    text += s;
  }
  text = text.slice(0, length);
  // Do not leave half a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1) + '.';
  return { text, sentences: used };
}

/** A made-up school with `pupils` pupils and `staff` staff, all names distinct. */
export function bigProfile(base: Profile, pupils: number, staff: number, seed = 7): Profile {
  const rng = mulberry32(seed);
  const seen = new Set<string>();
  const name = (): string => {
    for (;;) {
      // Double-barrelled surnames and middle initials widen the name space past 40 x 36.
      const r = rng();
      const last = r < 0.2 ? `${pick(rng, LAST)}-${pick(rng, LAST)}` : pick(rng, LAST);
      const n = r > 0.9 ? `${pick(rng, FIRST)} ${String.fromCharCode(65 + Math.floor(rng() * 26))}. ${last}` : `${pick(rng, FIRST)} ${last}`;
      if (!seen.has(n)) {
        seen.add(n);
        return n;
      }
    }
  };
  const roles = ['Class teacher', 'Teaching assistant', 'Deputy head', 'SENCo', 'Office manager', 'Site manager'];
  return {
    ...base,
    staff: Array.from({ length: staff }, () => ({ name: name(), role: pick(rng, roles) })),
    pupils: Array.from({ length: pupils }, name),
    terms: [
      { text: 'Project Lantern', category: 'confidential' },
      { text: 'Oak Class', category: 'pupil-details' },
    ],
  };
}
