/**
 * The category ids of the analysis contract (../shared/spec/analysis-contract.md).
 * Tools outside the project depend on these exact strings: never rename one.
 */
export const CATEGORIES = [
  'school-identity',
  'staff-identity',
  'pupil-details',
  'pupil-contact',
  'contact-details',
  'credentials',
  'confidential',
  'derogatory',
  'discriminatory',
  'profanity',
  'sexual',
  'violence',
  'commercial',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warn', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severityRank: Record<Severity, number> = { info: 0, warn: 1, high: 2 };
