import type { Finding } from '../../../lib/analyze/types';
import { DEFAULT_PACK } from '../../../rules/default-pack';

export const POLICY = DEFAULT_PACK.policy;
export const POLICY_URL = 'chrome-extension://abcdefghijklmnop/policy.html';

/** A finding as the analyzer shapes it; tests override what they are about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    category: 'contact-details',
    sections: ['6'],
    start: 5,
    end: 18,
    severity: 'high',
    message: 'This shares a personal phone number or email address, which the policy asks you to keep private.',
    suggestion: '',
    rule: 'contact-details/phone',
    text: '07700 900 246',
    ...overrides,
  };
}

export const SCHOOL_NAMED = finding({
  category: 'school-identity',
  sections: ['5', '4'],
  start: 30,
  end: 50,
  severity: 'warn',
  message: 'This names or points to your school.',
  suggestion: 'my school',
  rule: 'school-identity/name',
  text: 'Christ Church School',
});
