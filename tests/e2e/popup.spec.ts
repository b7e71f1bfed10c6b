import { openPopupFor } from './extension-pages';
import { expectNudge, openAndFocus } from './editor-page';
import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, defaultPack, findingsOf } from './drafts';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';

/** The popup explains the current draft's findings by policy section (issue 3, point 6). */

const site = fixtureById('facebook');

test('the popup lists the draft findings grouped by policy section', async ({ page, extension }) => {
  const findings = findingsOf(POLICY_DRAFT);
  await openAndFocus(page, site);
  await page.keyboard.type(POLICY_DRAFT);
  await expectNudge(page, POLICY_DRAFT_CATEGORIES, findings.length);

  const popup = await openPopupFor(extension, page);
  const sectionIds = [...new Set(findings.flatMap((f) => f.sections))].sort();
  expect(sectionIds).toEqual(['4', '5', '6']);
  for (const id of sectionIds) {
    const section = defaultPack().policy.sections.find((s) => s.id === id)!;
    const heading = popup.getByRole('heading', { name: new RegExp(`Section ${id}\\b`) });
    await expect(heading).toBeVisible();
    await expect(heading).toContainText(section.title);
    await expect(popup.getByText(section.summary).first()).toBeVisible();
  }
  // Each finding is shown with its words, under a section it belongs to.
  for (const finding of findings) {
    await expect(popup.getByText(finding.text, { exact: false }).first()).toBeVisible();
  }
  // Sections no finding points to are not listed as if they applied.
  await expect(popup.getByRole('heading', { name: /Section 9\b/ })).toHaveCount(0);
  await popup.close();
});

test('with no draft, the popup shows the pack in force', async ({ page, extension }) => {
  await openAndFocus(page, site);
  const popup = await openPopupFor(extension, page);
  // "The pack in force (school, version, date)": at least the school's name.
  await expect(popup.getByText(defaultPack().profile.school.name, { exact: false }).first()).toBeVisible();
  await expect(popup.getByRole('heading', { name: /Section \d/ })).toHaveCount(0);
  await popup.close();
});
