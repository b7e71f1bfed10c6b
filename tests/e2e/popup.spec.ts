import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, defaultPack, findingsOf } from './drafts';
import type { Driver } from './driver/driver';
import { expectNudge, openAndFocus, tabIdFor } from './driver/steps';
import { expect, test } from './driver/test';
import { fixtureById } from './fixtures/catalogue';

/**
 * The popup explains the current draft's findings by policy section (issue 3, point 6), in
 * every browser (issue 14, point 1). It is opened in its own tab as popup.html?tab=<id>.
 */

const site = fixtureById('facebook');

/** The popup's headings and visible text, once it has drawn (its heading is there). */
async function popupContent(popup: Driver): Promise<{ headings: string[]; text: string }> {
  let content = { headings: [] as string[], text: '' };
  await expect
    .poll(async () => {
      content = await popup.evaluate(() => ({
        headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => (h.textContent ?? '').trim()),
        text: document.body.innerText,
      }));
      return content.headings.length > 1;
    })
    .toBe(true);
  return content;
}

async function openPopupFor(extensionPage: (path: string) => Promise<Driver>): Promise<Driver> {
  const finder = await extensionPage('review.html');
  const tabId = await tabIdFor(finder, site.url);
  return extensionPage(`popup.html?tab=${tabId}`);
}

test('the popup lists the draft findings grouped by policy section', async ({ driver, extensionPage }) => {
  const findings = findingsOf(POLICY_DRAFT);
  await openAndFocus(driver, site);
  await driver.type(POLICY_DRAFT);
  await expectNudge(driver, POLICY_DRAFT_CATEGORIES, findings.length);

  const popup = await openPopupFor(extensionPage);
  const sectionIds = [...new Set(findings.flatMap((f) => f.sections))].sort();
  expect(sectionIds).toEqual(['4', '5', '6']);
  await expect.poll(async () => (await popupContent(popup)).headings.filter((h) => /^Section \d/.test(h)).length).toBe(sectionIds.length);
  const { headings, text } = await popupContent(popup);
  for (const id of sectionIds) {
    const section = defaultPack().policy.sections.find((s) => s.id === id)!;
    const heading = headings.find((h) => new RegExp(`^Section ${id}\\b`).test(h));
    expect(heading).toContain(section.title);
    expect(text).toContain(section.summary);
  }
  // Each finding is shown with its words, under a section it belongs to.
  for (const finding of findings) expect(text).toContain(finding.text);
  // Sections no finding points to are not listed as if they applied.
  expect(headings.some((h) => /^Section 9\b/.test(h))).toBe(false);
});

test('with no draft, the popup shows the pack in force', async ({ driver, extensionPage }) => {
  await openAndFocus(driver, site);
  const popup = await openPopupFor(extensionPage);
  // "The pack in force (school, version, date)": at least the school's name.
  const { headings, text } = await popupContent(popup);
  expect(text).toContain(defaultPack().profile.school.name);
  expect(headings.some((h) => /^Section \d/.test(h))).toBe(false);
});
