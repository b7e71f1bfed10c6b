import type { Category } from '../rules/categories';

/**
 * What each category is called where staff read it (cards, popup, policy page).
 * The ids are the analysis contract's and never change; these words may.
 * Typed as a full record so a new category without a label fails `tsc`.
 */
export const CATEGORY_LABELS: Record<Category, string> = {
  'school-identity': 'Your school identified',
  'staff-identity': 'A colleague identified',
  'pupil-details': 'Details about a pupil',
  'pupil-contact': 'Private contact with pupils or families',
  'contact-details': 'Personal contact details',
  credentials: 'Log-in details or passwords',
  confidential: 'Confidential school information',
  derogatory: 'Derogatory or bullying remarks',
  discriminatory: 'Discrimination or prejudice',
  profanity: 'Strong language',
  sexual: 'Sexual content',
  violence: 'Threats or violence',
  commercial: 'Adverts, scams or piracy',
};

export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category] ?? category;
}
