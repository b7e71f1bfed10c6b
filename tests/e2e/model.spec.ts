import { expectNudge, modelText, openAndFocus } from './editor-page';
import { categoriesAttr, findingsOf } from './drafts';
import { fixtureById } from './fixtures/catalogue';
import { expect, test } from './harness';

/**
 * Issue 13: the learned scorer runs in the page, loaded from the background after
 * the first gesture in a box (no web-accessible file). A draft whose wording no
 * word list holds gets the finding the model gives it in Node, the same words.
 */
const DRAFT = 'That inspector had better not show his face round here again or he will be leaving in an ambulance';

for (const id of ['mastodon', 'facebook']) {
  test(`${id}: a finding only the learned scorer gives shows in the page`, async ({ page }) => {
    const site = fixtureById(id);
    const expected = findingsOf(DRAFT);
    // The premise: the model's finding is the one here (its rule id says so), the rules give none of it.
    expect(expected.map((f) => f.rule)).toContain('violence/model');
    await openAndFocus(page, site);
    await page.keyboard.type(DRAFT);
    await expect.poll(() => modelText(page)).toBe(DRAFT);
    await expectNudge(page, categoriesAttr(expected), expected.length);
  });
}
