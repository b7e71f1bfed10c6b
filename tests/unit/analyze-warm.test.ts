import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analyze';
import { DEFAULT_PACK } from '../../rules/default-pack';

const draft = Array.from({ length: 40 }, (_, i) => `Sentence ${i} of a long paste, call me on 07700 900${String(i).padStart(3, '0')}.`).join(' ');

describe('analyzer.warm', () => {
  it('stops at the deadline and resumes where it stopped', () => {
    const analyzer = createAnalyzer(DEFAULT_PACK);
    let clock = 0;
    // Each reading of the clock costs one tick: a deadline of 5 allows about five sentences.
    const now = () => clock++;
    expect(analyzer.warm(draft, 5, now)).toBe(false);
    let rounds = 1;
    while (!analyzer.warm(draft, clock + 5, now)) rounds++;
    expect(rounds).toBeGreaterThan(3);
    // Once warm, no sentence needs the clock any more.
    expect(analyzer.warm(draft, -1, now)).toBe(true);
  });

  it('gives the same findings as a cold analysis', () => {
    const warmed = createAnalyzer(DEFAULT_PACK);
    while (!warmed.warm(draft, performance.now() + 2));
    expect(warmed.analyze(draft)).toEqual(createAnalyzer(DEFAULT_PACK).analyze(draft));
    expect(warmed.analyze(draft).filter((f) => f.category === 'contact-details')).toHaveLength(40);
  });
});

describe('compilePackSteps', () => {
  it('pauses between word lists and ends with the same compiled pack as compilePack', async () => {
    const { compilePack, compilePackSteps } = await import('../../lib/analyze');
    const steps = compilePackSteps(DEFAULT_PACK);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    const sliced = createAnalyzer(step.value);
    const whole = createAnalyzer(compilePack(DEFAULT_PACK));
    expect(sliced.analyze(draft)).toEqual(whole.analyze(draft));
  });
});
