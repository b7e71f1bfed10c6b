import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type AnalysisFailure } from '../../lib/analyze';
import { DETECTORS } from '../../lib/analyze/detectors';
import type { Detector } from '../../lib/analyze/types';
import { DEFAULT_PACK } from '../../rules/default-pack';

// A part that throws is survived and counted, never skipped in silence (issue 13, point 6).
const registry = DETECTORS as Map<string, Detector>;
const brokenRule = { id: 'profanity/test-broken', category: 'profanity' as const, detector: 'test-broken', description: 'throws on "boom"', examples: { flag: ['boom'], allow: ['calm'] } };
const pack = { ...DEFAULT_PACK, rules: [...DEFAULT_PACK.rules, brokenRule] };
const broken: Detector = {
  id: 'test-broken',
  detect(ctx) {
    if (ctx.text.includes('boom')) throw new Error('boom in the detector');
    return [];
  },
};

describe('analysis failures', () => {
  afterEach(() => void registry.delete(broken.id));

  it('counts a throwing detector, tells the listener once, and keeps the other findings', () => {
    registry.set(broken.id, broken);
    const heard: AnalysisFailure[] = [];
    const a = createAnalyzer(pack, { onFailure: (f) => heard.push(f) });
    expect(a.failures()).toEqual([]);
    const out = a.analyze('What the fuck, boom. Another boom here. And a third boom.');
    expect(out.map((f) => f.category)).toContain('profanity');
    expect(a.failures()).toEqual([{ where: 'detector:test-broken', count: 3, message: 'boom in the detector' }]);
    expect(heard).toEqual([{ where: 'detector:test-broken', count: 1, message: 'boom in the detector' }]);
  });

  it('a listener that throws does not break the analysis', () => {
    registry.set(broken.id, broken);
    const onFailure = vi.fn(() => {
      throw new Error('listener down');
    });
    const a = createAnalyzer(pack, { onFailure });
    expect(() => a.analyze('boom')).not.toThrow();
    expect(onFailure).toHaveBeenCalledOnce();
    expect(a.failures()[0]!.count).toBe(1);
  });
});
