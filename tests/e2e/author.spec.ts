import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { extensionUrl } from './extension-pages';
import { expect, test } from './harness';

/**
 * Leadership's round trip in the built extension: write a pack on the authoring
 * page (pupils from a CSV, a sample draft flagged live), sign and export it, then
 * import it on the options page, refused until its key is trusted. Synthetic names.
 */

const PUPILS_CSV = 'Forename,Surname,Preferred forename\r\nTobias,Quillfeather,Toby\r\n';
const PUPIL_WORDS = /Toby|Tobias|Quillfeather/;

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

test('a pack written, signed and exported on the authoring page is accepted by the options page once its key is trusted', async ({ extension }) => {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-author-'));
  const author = await extension.context.newPage();
  await author.goto(extensionUrl(extension, 'author.html'));
  await author.getByLabel('School name').fill('Oakhollow Primary School');
  await author.getByLabel('Pack id').fill('school:oakhollow-primary');
  writeFileSync(join(dir, 'pupils.csv'), PUPILS_CSV);
  await author.getByLabel('Pupil list (CSV)').setInputFiles(join(dir, 'pupils.csv'));
  await expect(author.getByText('2 pupil names (preferred and legal names both count)')).toBeVisible();
  await expect(author.locator('body')).not.toContainText(PUPIL_WORDS);

  await author.getByLabel('A post as staff might write it').fill('Toby Quillfeather from Oakhollow Primary School won today');
  const tried = author.getByRole('region', { name: 'Try a draft' });
  await expect(tried).toContainText('Details about a pupil');
  await expect(tried).toContainText('Your school identified');

  // The roster key (issue 12): made with the draft, shown to IT only inside the policy snippets.
  await expect(author.getByRole('heading', { name: 'Roster key' })).toBeVisible();
  await expect(author.locator('#roster-key-id')).toHaveText(/^[0-9a-f]{16}$/);
  const chromiumPolicy = JSON.parse((await author.locator('#roster-policy-chromium').textContent())!);
  const rosterKey: string = Object.values(chromiumPolicy['3rdparty'].extensions as Record<string, { rosterKey: string }>)[0]!.rosterKey;
  expect(rosterKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);

  await author.getByRole('button', { name: 'Make signing keys' }).click();
  await expect(author.getByText(/New keys made/)).toBeVisible();
  await author.getByRole('button', { name: 'Sign and export the pack' }).click();
  const link = author.getByRole('link', { name: 'Save school-oakhollow-primary-v1.json' });
  const signed = await author.evaluate(async (href) => (await fetch(href!)).text(), await link.getAttribute('href'));
  expect(signed).not.toMatch(PUPIL_WORDS);
  expect(JSON.parse(signed).pack.profile.pupilHashes.scheme).toBe('hmac-sha256');
  expect(signed).not.toContain(rosterKey);
  const publicKey = (await author.locator('#public-key').textContent())!;
  writeFileSync(join(dir, 'pack.json'), signed);

  const options = await extension.context.newPage();
  await options.goto(extensionUrl(extension, 'options.html'));
  const status = options.getByRole('region', { name: 'Import a rule pack' }).getByRole('status');
  await options.getByLabel('Pack file (.json)').setInputFiles(join(dir, 'pack.json'));
  await expect(status).toContainText('was not accepted (signature)');
  await options.getByLabel('Trusted publisher keys').fill(publicKey);
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();
  await options.getByLabel('Pack file (.json)').setInputFiles(join(dir, 'pack.json'));
  await expect(status).toHaveText('pack.json accepted: version 1 is now in force.');
  await expect(options.getByRole('region', { name: 'Rule pack in force' })).toContainText('school:oakhollow-primary, 1');
  // No managed roster key on this browser: said plainly, nothing crashes.
  await expect(options.getByText(/Pupils’ names can’t be checked on this device yet/)).toBeVisible();

  // A pack for a device without policy carries its key, and the page says what that means.
  await author.getByLabel(/Put the roster key inside the pack/).check();
  await expect(author.getByRole('alert')).toContainText('whoever holds the pack file can read its pupils’ names');
  await author.getByRole('button', { name: 'Sign and export the pack' }).click();
  const link2 = author.getByRole('link', { name: 'Save school-oakhollow-primary-v2.json' });
  const signed2 = await author.evaluate(async (href) => (await fetch(href!)).text(), await link2.getAttribute('href'));
  expect(signed2).toContain(rosterKey);
  writeFileSync(join(dir, 'pack2.json'), signed2);
  await options.getByLabel('Pack file (.json)').setInputFiles(join(dir, 'pack2.json'));
  await expect(status).toHaveText('pack2.json accepted: version 2 is now in force.');
  await expect(options.getByText(/carries its own roster key/)).toBeVisible();
  await expect(options.getByText(/can’t be checked/)).toHaveCount(0);
});

// The extension (and its storage) is shared by the tests of a worker: this one makes no keys, so the round trip above finds none.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the authoring and options pages have no serious axe issue (${colorScheme})`, async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(extensionUrl(extension, 'author.html'));
    await page.getByLabel('Paste your social media policy').fill('1. Introduction\nText.\n2. Scope\nAll staff.');
    // 'Split again' when an earlier test in this worker left sections in the saved draft.
    await page.getByRole('button', { name: /^Split / }).click();
    await page.getByRole('button', { name: 'Add a word to flag' }).click();
    await page.getByLabel('A post as staff might write it').fill('Great day at school, call me on 07700 900123');
    await expect(page.getByRole('region', { name: 'Try a draft' })).toContainText('Personal contact details');
    // Issue 15, point 6: the session times' fields, shown once they are switched on.
    await page.getByRole('checkbox', { name: 'Remind staff who post during session times' }).check();
    await expect(page.getByLabel('Sessions start')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(extensionUrl(extension, 'options.html'));
    await expect(page.getByRole('heading', { name: 'Diagnostics for IT' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
