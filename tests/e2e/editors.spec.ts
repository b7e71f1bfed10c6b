import { POLICY_DRAFT, POLICY_DRAFT_CATEGORIES, categoriesAttr, findingsOf, keystrokeDraft, pupilFinding, withFixApplied } from './drafts';
import {
  click,
  editorMutations,
  editorSnapshot,
  expectNudge,
  isShown,
  modelText,
  nudgeMarkers,
  openAndFocus,
  pillExpanded,
  selectedText,
  shownText,
  watchEditorMutations,
} from './driver/steps';
import { expect, test } from './driver/test';
import { FIXTURES } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';

/**
 * The shared suite (issue 3, point 7; issue 14, point 1): the same checks on every fixture
 * page, each built with the site's real editor engine and served at the site's URL, in
 * every browser: project `suite` runs it in Chromium, project `firefox` in Firefox ESR.
 */

const POLICY_COUNT = findingsOf(POLICY_DRAFT).length;

for (const site of FIXTURES) {
  test.describe(`${site.id} (${site.engine})`, () => {
    test('the nudge shows the categories and count of a draft with policy issues', async ({ driver }) => {
      await openAndFocus(driver, site);
      await driver.type(POLICY_DRAFT);
      await expect.poll(() => modelText(driver)).toBe(POLICY_DRAFT);
      await expectNudge(driver, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
    });

    test('500 keystrokes reach the editor model exactly, and the nudge follows', async ({ driver }) => {
      const typed = keystrokeDraft(500, site.multiline);
      await openAndFocus(driver, site);
      await driver.type(typed);
      // Nothing lost, nothing doubled, in the editor's OWN model (not just its DOM).
      await expect.poll(() => modelText(driver)).toBe(typed);
      const findings = findingsOf(typed);
      await expectNudge(driver, categoriesAttr(findings), findings.length);
    });

    test('undo and redo work with the extension loaded', async ({ driver }) => {
      await openAndFocus(driver, site);
      await driver.type(POLICY_DRAFT);
      await expectNudge(driver, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      await driver.press('Control+z');
      // Draft.js applies undo and redo through a React state update, a moment after the key.
      await expect.poll(async () => (await modelText(driver)).length).toBeLessThan(POLICY_DRAFT.length);
      const afterOneUndo = await modelText(driver);
      expect(POLICY_DRAFT.startsWith(afterOneUndo)).toBe(true);
      // Engines group keystrokes into undo steps (Lexical, Draft.js: ~12 for this draft), but a
      // textarea whose page touches the DOM on input (Mastodon's counter) undoes one key at a time.
      for (let presses = 1; presses <= POLICY_DRAFT.length && (await modelText(driver)) !== ''; presses += 1) {
        await driver.press('Control+z');
      }
      expect(await modelText(driver)).toBe('');
      await expect.poll(async () => (await nudgeMarkers(driver))?.count).toBe('0');
      await driver.press('Control+Shift+z');
      await expect.poll(async () => (await modelText(driver)).length).toBeGreaterThan(0);
      const redone = await modelText(driver);
      expect(POLICY_DRAFT.startsWith(redone)).toBe(true);
    });

    test('Apply fix keeps the editor model in sync, or Select words selects exactly the finding', async ({ driver }) => {
      const finding = pupilFinding();
      await openAndFocus(driver, site);
      await driver.type(POLICY_DRAFT);
      await expectNudge(driver, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      await click(driver, { kind: 'pill' });
      await expect.poll(() => pillExpanded(driver)).toBe('true');
      const applyFix = { kind: 'card-button', text: finding.text, name: 'Apply fix' } as const;
      const selectWords = { kind: 'card-button', text: finding.text, name: 'Select words' } as const;
      await expect.poll(async () => (await isShown(driver, applyFix)) || (await isShown(driver, selectWords))).toBe(true);
      if (await isShown(driver, applyFix)) {
        test.info().annotations.push({ type: 'fix path', description: 'Apply fix' });
        // A person reads the card before pressing Apply fix: longer than an engine's undo-merge
        // window, which a fast run is not (Quill then merged the fix with the last keystrokes).
        await driver.evaluate(() => (window as unknown as FixtureWindow).__fixture.endUndoStep?.());
        await click(driver, applyFix);
        const fixed = withFixApplied(POLICY_DRAFT, finding);
        await expect.poll(() => modelText(driver)).toBe(fixed);
        // The page shows what the model holds (no DOM-only or model-only change).
        expect(shownText(await editorSnapshot(driver))).toBe(fixed);
        const left = findingsOf(fixed);
        await expectNudge(driver, categoriesAttr(left), left.length);
        // The fix is one step in the editor's own undo history.
        await driver.press('Control+z');
        await expect.poll(() => modelText(driver)).toBe(POLICY_DRAFT);
      } else {
        test.info().annotations.push({ type: 'fix path', description: 'Select words' });
        await click(driver, selectWords);
        await expect.poll(() => selectedText(driver)).toBe(finding.text);
        expect(await modelText(driver)).toBe(POLICY_DRAFT);
      }
    });

    test('analysis never changes the editor DOM or model', async ({ driver }) => {
      await openAndFocus(driver, site);
      await driver.type(POLICY_DRAFT);
      // Typing is over: from here on only the extension could touch the editor.
      await watchEditorMutations(driver);
      const before = await editorSnapshot(driver);
      expect(before.model).toBe(POLICY_DRAFT);
      await expectNudge(driver, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      expect(await editorSnapshot(driver)).toEqual(before);
      expect(await editorMutations(driver)).toEqual([]);
    });

    test('no network request other than the fixture page', async ({ driver, requests, requestMark }) => {
      await openAndFocus(driver, site);
      await driver.type(POLICY_DRAFT);
      await expectNudge(driver, POLICY_DRAFT_CATEGORIES, POLICY_COUNT);
      await click(driver, { kind: 'pill' });
      await expect.poll(() => isShown(driver, { kind: 'panel' })).toBe(true);
      const requested = requests.slice(requestMark).map((r) => `${r.outcome} ${r.url}`);
      expect(requested).toEqual([`fulfilled ${site.url}`]);
    });
  });
}
