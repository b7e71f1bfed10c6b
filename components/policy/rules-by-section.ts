import { CATEGORIES, type Category } from '../../rules/categories';
import type { Pack } from '../../rules/schema';
import { categoryLabel } from '../category-labels';

export interface RuleSummary {
  id: string;
  description: string;
  /** One draft the rule flags (every rule carries at least one; see rules/schema.ts). */
  example: string | undefined;
}

export interface CategoryUnderSection {
  category: Category;
  label: string;
  /** Why the category matters, as the card says it. */
  message: string;
  rules: RuleSummary[];
}

/**
 * For each policy section, the categories that point to it (in the contract's
 * order) with their rules. Switched-off categories are left out: they are not
 * in force, so the page must not say postguard checks them.
 */
export function rulesBySection(pack: Pack): Map<string, CategoryUnderSection[]> {
  const out = new Map<string, CategoryUnderSection[]>(pack.policy.sections.map((s) => [s.id, []]));
  for (const category of CATEGORIES) {
    const settings = pack.categories[category];
    if (!settings?.enabled) continue;
    const rules = pack.rules
      .filter((r) => r.category === category)
      .map((r) => ({ id: r.id, description: r.description, example: r.examples.flag[0] }));
    const entry = { category, label: categoryLabel(category), message: settings.message, rules };
    for (const id of settings.sections) out.get(id)?.push(entry);
  }
  return out;
}
