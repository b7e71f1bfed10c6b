import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const rules = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'derogatory').map((f) => f.rule);

describe('rumours: defamatory allegations about a person', () => {
  it.each([
    'The business manager is fiddling the books, I would bet my house on it',
    'Heard the head is sleeping with the PE teacher',
    'The new ECT only got the job because her mum is on the board',
    'The head of science and a TA are having an affair',
    'Our caretaker turned up drunk again',
    'Pretty sure our bursar has been fiddling the books for years',
  ])('flags %j', (text) => {
    expect(rules(text)).toContain('derogatory/rumour');
  });

  it.each([
    "I'm having an affair with this new sourdough recipe",
    'Having an affair with my new air fryer',
    'Cooking the books is my favourite podcast',
    'Nepotism in Tudor England is this week’s history topic',
  ])('allows %j', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
