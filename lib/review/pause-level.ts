import type { Finding } from '../analyze';
import type { Severity } from '../../rules/categories';
import { stricterPause } from '../rule-pack/layer';
import type { PauseLevel } from '../../rules/schema';

/**
 * When the pause before posting opens (issue 5, point 4). The pack sets a level
 * (default `high`); staff may choose their own, but where the pack locks its
 * level staff can only make the pause stricter, never lower it or turn it off.
 */
export const DEFAULT_PAUSE_LEVEL: PauseLevel = 'high';

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warn: 2, high: 3 };

export function effectivePauseLevel(pack: { level: PauseLevel; locked?: boolean } | undefined, staff: PauseLevel | undefined): PauseLevel {
  const packLevel = pack?.level ?? DEFAULT_PAUSE_LEVEL;
  if (!staff) return packLevel;
  return pack?.locked ? stricterPause(packLevel, staff) : staff;
}

/** The findings that call for the pause at `level`: those of that severity or above. */
export function findingsToPauseFor(findings: readonly Finding[], level: PauseLevel): Finding[] {
  if (level === 'off') return [];
  const floor = SEVERITY_RANK[level];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= floor);
}
