import { extensionUrl } from './extension-pages';
import { defaultPack } from './drafts';
import { expect, test } from './harness';

/** The policy page shows the whole policy by section, each with the rules that point to it. */

test('policy.html shows every section of the policy with the rules that point to it', async ({ page, extension }) => {
  const pack = defaultPack();
  await page.goto(extensionUrl(extension, 'policy.html'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(pack.policy.title.split(':')[0]!);
  for (const section of pack.policy.sections) {
    // popup cards link to policy.html#section-<id>: each section must be such an anchor.
    const block = page.locator(`[id="section-${section.id}"]`);
    await expect(block, `section ${section.id}`).toContainText(section.title);
    await expect(block, `section ${section.id}`).toContainText(section.summary);
    const pointing = pack.rules.filter((rule) => pack.categories[rule.category]?.sections.includes(section.id));
    for (const rule of pointing) {
      await expect(block, `rule ${rule.id} under section ${section.id}`).toContainText(rule.description);
    }
  }
});
