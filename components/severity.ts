import { type Severity, severityRank } from '../rules/categories';
import { t } from './i18n';

/** The most serious severity among findings, or null when there are none. */
export function highestSeverity(findings: readonly { severity: Severity }[]): Severity | null {
  let top: Severity | null = null;
  for (const f of findings) if (top === null || severityRank[f.severity] > severityRank[top]) top = f.severity;
  return top;
}

export function severityLabel(severity: Severity): string {
  return t(`nudge_severity_${severity}`);
}
