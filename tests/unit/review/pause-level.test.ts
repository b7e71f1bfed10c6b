import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analyze';
import { effectivePauseLevel, findingsToPauseFor } from '../../../lib/review/pause-level';

const finding = (severity: Finding['severity']): Finding => ({ severity } as Finding);

describe('effectivePauseLevel', () => {
  it('is high when neither the pack nor staff say', () => {
    expect(effectivePauseLevel(undefined, undefined)).toBe('high');
  });
  it("is the pack's level when staff chose none", () => {
    expect(effectivePauseLevel({ level: 'warn' }, undefined)).toBe('warn');
    expect(effectivePauseLevel({ level: 'off' }, undefined)).toBe('off');
  });
  it("follows staff's choice when the pack does not lock its level", () => {
    expect(effectivePauseLevel({ level: 'warn' }, 'off')).toBe('off');
    expect(effectivePauseLevel({ level: 'high' }, 'info')).toBe('info');
  });
  it('lets staff make a locked pause stricter but never lower it', () => {
    expect(effectivePauseLevel({ level: 'warn', locked: true }, 'info')).toBe('info');
    expect(effectivePauseLevel({ level: 'warn', locked: true }, 'high')).toBe('warn');
    expect(effectivePauseLevel({ level: 'warn', locked: true }, 'off')).toBe('warn');
    expect(effectivePauseLevel({ level: 'off', locked: true }, 'high')).toBe('high');
  });
});

describe('findingsToPauseFor', () => {
  const all = [finding('info'), finding('warn'), finding('high')];
  it('keeps findings at the level or above', () => {
    expect(findingsToPauseFor(all, 'high').map((f) => f.severity)).toEqual(['high']);
    expect(findingsToPauseFor(all, 'warn').map((f) => f.severity)).toEqual(['warn', 'high']);
    expect(findingsToPauseFor(all, 'info')).toHaveLength(3);
  });
  it('keeps none when the pause is off', () => {
    expect(findingsToPauseFor(all, 'off')).toEqual([]);
  });
});
