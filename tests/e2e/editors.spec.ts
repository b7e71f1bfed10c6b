import {
  shownText,
  editorMutations,
  editorSnapshot,
  expectNudge,
  modelText,
  nudgeOf,
  openAndFocus,
  pillOf,
  selectedText,
  watchEditorMutations,
} from './editor-page';
import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, categoriesAttr, findingsOf, keystrokeDraft, pupilFinding, withFixApplied } from './drafts';
import { FIXTURES } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';
import { expect, test } from './harness';

/**
 * The shared suite (issue 3, point 7): the same checks on every fixture page,
 * each built with the site's real editor engine and served at the site's URL.
 */

const POLICY_COUNT = findingsOf(POLICY_DRAFT).length;

for (const site of FIXTURES) {
  test.describe(`${site.id} (${site.engine})`, () => {
    test('the nudge shows the categories and count of a draft with policy issues', async ({ page }) => {
      await openAndFocus(page, site);
      await page.keyboard.type(POLICY_DRAFT);
      await expect.poll(() => modelText(page)).toBe(POLICY_DRAFT);
      await expectNudge(page, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
    });

    test('500 keystrokes reach the editor model exactly, and the nudge follows', async ({ page }) => {
      const typed = keystrokeDraft(500, site.multiline);
      await openAndFocus(page, site);
      await page.keyboard.type(typed);
      // Nothing lost, nothing doubled, in the editor's OWN model (not just its DOM).
      expect(await modelText(page)).toBe(typed);
      const findings = findingsOf(typed);
      await expectNudge(page, categoriesAttr(findings), findings.length);
    });

    test('undo and redo work with the extension loaded', async ({ page }) => {
      await openAndFocus(page, site);
      await page.keyboard.type(POLICY_DRAFT);
      await expectNudge(page, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      await page.keyboard.press('Control+z');
      // Draft.js applies undo and redo through a React state update, a moment after the key.
      await expect.poll(async () => (await modelText(page)).length).toBeLessThan(POLICY_DRAFT.length);
      const afterOneUndo = await modelText(page);
      expect(POLICY_DRAFT.startsWith(afterOneUndo)).toBe(true);
      // Engines group keystrokes into undo steps (Lexical, Draft.js: ~12 for this draft), but a
      // textarea whose page touches the DOM on input (Mastodon's counter) undoes one key at a time.
      for (let presses = 1; presses <= POLICY_DRAFT.length && (await modelText(page)) !== ''; presses += 1) {
        await page.keyboard.press('Control+z');
      }
      expect(await modelText(page)).toBe('');
      await expect(nudgeOf(page)).toHaveAttribute('data-count', '0');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(async () => (await modelText(page)).length).toBeGreaterThan(0);
      const redone = await modelText(page);
      expect(POLICY_DRAFT.startsWith(redone)).toBe(true);
    });

    test('Apply fix keeps the editor model in sync, or Select words selects exactly the finding', async ({ page }) => {
      const finding = pupilFinding();
      await openAndFocus(page, site);
      await page.keyboard.type(POLICY_DRAFT);
      await expectNudge(page, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      const pill = pillOf(page);
      await pill.click();
      await expect(pill).toHaveAttribute('aria-expanded', 'true');
      const panel = nudgeOf(page).getByRole('region', { name: 'postguard findings' });
      const card = panel.locator('article').filter({ hasText: finding.text });
      await expect(card).toBeVisible();
      const applyFix = card.getByRole('button', { name: 'Apply fix', exact: true });
      if ((await applyFix.count()) > 0) {
        test.info().annotations.push({ type: 'fix path', description: 'Apply fix' });
        // A person reads the card before pressing Apply fix: longer than an engine's undo-merge
        // window, which a fast run is not (Quill then merged the fix with the last keystrokes).
        await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.endUndoStep?.());
        await applyFix.click();
        const fixed = withFixApplied(POLICY_DRAFT, finding);
        await expect.poll(() => modelText(page)).toBe(fixed);
        // The page shows what the model holds (no DOM-only or model-only change).
        expect(shownText(await editorSnapshot(page))).toBe(fixed);
        const left = findingsOf(fixed);
        await expectNudge(page, categoriesAttr(left), left.length);
        // The fix is one step in the editor's own undo history.
        await page.keyboard.press('Control+z');
        await expect.poll(() => modelText(page)).toBe(POLICY_DRAFT);
      } else {
        test.info().annotations.push({ type: 'fix path', description: 'Select words' });
        await card.getByRole('button', { name: 'Select words', exact: true }).click();
        await expect.poll(() => selectedText(page)).toBe(finding.text);
        expect(await modelText(page)).toBe(POLICY_DRAFT);
      }
    });

    test('analysis never changes the editor DOM or model', async ({ page }) => {
      await openAndFocus(page, site);
      await page.keyboard.type(POLICY_DRAFT);
      // Typing is over: from here on only the extension could touch the editor.
      await watchEditorMutations(page);
      const before = await editorSnapshot(page);
      expect(before.model).toBe(POLICY_DRAFT);
      await expectNudge(page, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      expect(await editorSnapshot(page)).toEqual(before);
      expect(await editorMutations(page)).toEqual([]);
    });

    test('no network request other than the fixture page', async ({ page, extension, requestMark }) => {
      await openAndFocus(page, site);
      await page.keyboard.type(POLICY_DRAFT);
      await expectNudge(page, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      const pill = pillOf(page);
      await pill.click();
      await expect(nudgeOf(page).getByRole('region', { name: 'postguard findings' })).toBeVisible();
      const requested = extension.requests.slice(requestMark).map((r) => `${r.outcome} ${r.url}`);
      expect(requested).toEqual([`fulfilled ${site.url}`]);
    });
  });
}
