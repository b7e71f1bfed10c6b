import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const rules = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'discriminatory').map((f) => f.rule);

describe('slurs: flagged whatever surrounds them', () => {
  it.each([
    'That corner shop is run by a load of p4kis',
    'Stop being such a spaz about the rota',
    'The film was a bit retarded tbh',
    'Bunch of f*ggots in that pub',
    'Coffin dodgers clogging up the post office again',
    'Those trannies in the news again',
    'Proud to be inclusive, unlike the retards on that forum',
  ])('flags %j', (text) => {
    expect(rules(text)).toContain('discriminatory/slur');
  });

  it.each([
    'Found the chink in the armour of their defence',
    'Quick fag break then back to marking',
    'Went on a bender after the Christmas do',
    "Walked up Devil's Dyke on Sunday, stunning views",
    'Holiday in Lesbos was gorgeous',
    'Homo sapiens topic starts next week',
    'Poof, and the last biscuit was gone',
    'The flame retardant spray in the drama studio stinks',
  ])('allows %j', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
