import type { CDPSession, Page } from '@playwright/test';
import { editorOf, nudgeOf, openAndFocus, pillOf } from './editor-page';
import { extensionUrl } from './extension-pages';
import { fixtureById } from './fixtures/catalogue';
import type { FixtureWindow } from './fixtures/shared/api';
import { EXTENSION_DIR, STORE_EXTENSION_DIR, expect, launchBrowser, test } from './harness';
import { schoolPack, signed, testKeys } from '../unit/background/pack-builder';
import { writePrivate } from './private-store';

/**
 * Issue 12, point 2: "a site's own scripts can use postguard as an oracle". A script
 * in the page put 2,000 candidate names in an off-screen textarea, fired a synthetic
 * input, clicked the pill and read the flagged words back from the cards (and the
 * extension's URL from the card's link). Here that script runs again, from the page's
 * own main world (page.evaluate), against the STORES' build with a school pack in
 * force that names pupils, staff, the school and a confidential term, and learns
 * nothing. The same probe against the marker build, after a person typed the names,
 * does see them: the probe works. A person typing in the stores' build still gets
 * the nudge and the pause (read through CDP, which sees closed shadow roots; the page
 * cannot).
 */

const SITE = fixtureById('mastodon');
const SCHOOL = 'Oakhollow Primary School';
const HEAD = 'Evangeline Brackwater';
const PUPILS = ['Tobias Quillfeather', 'Marigold Ashdown', 'Perpetua Thornquist'];
const TERM = 'Project Lantern';
const SECRETS = [SCHOOL, HEAD, ...PUPILS, TERM];

/** 2,000 candidate names, the roster's among them, plus the school, the head and the term. */
function candidates(): string {
  const first = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arthur', 'Freya', 'Oscar', 'Ivy', 'Theo', 'Rosie', 'Jack', 'Evie', 'Harry', 'Lily', 'George', 'Grace', 'Alfie'];
  const last = ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright'];
  const names: string[] = [];
  for (let i = 0; names.length < 2_000 - PUPILS.length; i += 1) names.push(`${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i >= 200 ? ` ${i}` : ''}`);
  names.splice(700, 0, ...PUPILS);
  return `${names.join(', ')}. ${SCHOOL}, ${HEAD}, ${TERM}.`;
}

/** What a page's own script can read of postguard: our elements, their data-* and open roots, extension URLs anywhere. */
interface Probe {
  hosts: { tag: string; open: boolean; data: string[]; text: string }[];
  extensionUrls: string[];
}

/** Runs in the page's main world: walks the whole DOM (into open shadow roots) as an attacker would. */
function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const result: Probe = { hosts: [], extensionUrls: [] };
    const url = /(chrome|moz)-extension:\/\//;
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const name of el.getAttributeNames()) if (url.test(el.getAttribute(name) ?? '')) result.extensionUrls.push(`${el.localName}[${name}]`);
        if (el.localName === 'style' && url.test(el.textContent ?? '')) result.extensionUrls.push('style');
        if (el.localName.startsWith('postguard-')) {
          const data = el.getAttributeNames().filter((n) => n.startsWith('data-'));
          const text = [...data.map((n) => el.getAttribute(n) ?? ''), el.shadowRoot?.textContent ?? ''].filter(Boolean).join(' ');
          result.hosts.push({ tag: el.localName, open: el.shadowRoot !== null, data, text });
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    for (const sheet of Array.from(document.styleSheets)) {
      if (url.test(sheet.href ?? '')) result.extensionUrls.push(`stylesheet ${sheet.href}`);
    }
    return result;
  });
}

/**
 * The attack, from the page's main world: the candidates in an off-screen textarea, a
 * visible textarea and a visible contenteditable; script focus, execCommand (trusted
 * input), synthetic input and gesture events; then a click on every postguard host.
 */
function attack(page: Page, text: string): Promise<void> {
  return page.evaluate((names) => {
    const place = (el: HTMLElement, css: string) => {
      el.style.cssText = `position:fixed;width:360px;height:120px;z-index:10;${css}`;
      el.className = 'attacker';
      document.body.append(el);
      return el;
    };
    const boxes = [
      place(document.createElement('textarea'), 'left:-9999px;top:0'),
      place(document.createElement('textarea'), 'right:8px;bottom:8px'),
      place(Object.assign(document.createElement('div'), { contentEditable: 'true' }), 'right:380px;bottom:8px'),
    ];
    for (const box of boxes) {
      box.focus();
      document.execCommand('insertText', false, names);
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (const type of ['pointerdown', 'keydown', 'paste', 'drop', 'compositionend']) box.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
    }
    (document.activeElement as HTMLElement | null)?.blur();
    for (const host of Array.from(document.querySelectorAll<HTMLElement>('postguard-nudge'))) host.click();
  }, text);
}

/** The pack in force, through an extension page (the popup), as IT would import a file. */
async function putSchoolPackInForce(world: Awaited<ReturnType<typeof launchBrowser>>): Promise<void> {
  const keys = await testKeys();
  const pack = schoolPack(2, {
    profile: { school: { name: SCHOOL }, staff: [{ name: HEAD, role: 'Headteacher' }], pupils: PUPILS },
    terms: [{ text: TERM, category: 'confidential' }],
    examples: [{ text: `${TERM} starts on Monday`, expect: ['confidential'] }],
  });
  const text = await signed(pack, keys);
  const popup = await world.context.newPage();
  await popup.goto(extensionUrl(world, 'popup.html'));
  // Trust lives in the extension's private store since issue 12, point 5 (storage.local is not read as trust).
  await writePrivate(popup, 'pack-settings', { trustedKeys: [keys.publicKey] });
  const status = await popup.evaluate(async ({ text }) => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
    return chrome.runtime.sendMessage({ type: 'import-pack', data: { text } });
  }, { text });
  expect(status).toMatchObject({ lastResult: 'accepted', version: 2 });
  await popup.close();
}

/** What the person (not the page) sees: each <postguard-nudge>'s root mode and its pill's name, through CDP. */
interface CdpNode {
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}
async function nudgesSeenByCdp(cdp: CDPSession): Promise<{ mode: string | undefined; pill: string | null }[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const attr = (n: CdpNode, name: string) => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]!;
    return null;
  };
  const all = (n: CdpNode): CdpNode[] => [n, ...[...(n.children ?? []), ...(n.shadowRoots ?? [])].flatMap(all)];
  return all(root)
    .filter((n) => n.localName === 'postguard-nudge')
    .map((host) => {
      const shadow = host.shadowRoots?.[0];
      const pill = shadow ? all(shadow).find((n) => n.localName === 'button' && /^postguard/.test(attr(n, 'aria-label') ?? '')) : undefined;
      return { mode: shadow?.shadowRootType, pill: pill && attr(pill, 'hidden') === null ? attr(pill, 'aria-label') : null };
    });
}

const posted = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.posted);

test.describe('the page as an oracle (issue 12, point 2)', () => {
  test("the stores' build: a page's script learns nothing; a person still gets the nudge and the pause", async () => {
    const world = await launchBrowser(true, { extensionDir: STORE_EXTENSION_DIR });
    try {
      await putSchoolPackInForce(world);
      const page = await world.context.newPage();
      const cdp = await world.context.newCDPSession(page);
      await openAndFocus(page, SITE);
      await attack(page, candidates());

      // A person then writes in the site's own box; once their nudge shows, the extension has had
      // every chance to act on the attack (same debounce, later input).
      const editor = editorOf(page, SITE).first();
      await editor.click();
      await page.keyboard.type(`Ring me on 07700 900123 about ${PUPILS[0]}`);
      await expect.poll(async () => (await nudgesSeenByCdp(cdp)).map((n) => n.pill)).toEqual([expect.stringMatching(/^postguard: \d+ possible policy issues$/)]);
      expect((await nudgesSeenByCdp(cdp))[0]!.mode).toBe('closed');

      // Only the person's box has a nudge: no session started in the attacker's three boxes.
      await page.evaluate(() => document.querySelectorAll<HTMLElement>('postguard-nudge').forEach((h) => h.click()));
      const seen = await probe(page);
      expect(seen.hosts).toEqual([{ tag: 'postguard-nudge', open: false, data: [], text: '' }]);
      expect(seen.extensionUrls).toEqual([]);

      // A synthetic Post click: the site posts (its own script could anyway), no pause reads the draft back.
      const draft = await page.evaluate(() => {
        const post = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Post')!;
        post.click();
        return document.querySelector('postguard-pause') === null;
      });
      expect(draft).toBe(true);
      expect(await posted(page)).toHaveLength(1);

      // The person's own press of Post opens the pause, closed to the page as well.
      await page.getByRole('button', { name: SITE.postButton, exact: true }).click();
      await expect(page.locator('postguard-pause')).toHaveCount(1);
      const paused = await probe(page);
      expect(paused.hosts.map((h) => [h.tag, h.open, h.data])).toEqual([['postguard-nudge', false, []], ['postguard-pause', false, []]]);
      for (const secret of SECRETS) for (const h of paused.hosts) expect(h.text).not.toContain(secret);
      expect(paused.extensionUrls).toEqual([]);
    } finally {
      await world.close();
    }
  });

  test('control: the same probe on the marker build, after a person typed the names, reads them', async () => {
    const world = await launchBrowser(true, { extensionDir: EXTENSION_DIR });
    try {
      await putSchoolPackInForce(world);
      const page = await world.context.newPage();
      await openAndFocus(page, SITE);
      await page.keyboard.type(`${PUPILS[0]}, ${HEAD} and ${TERM} at ${SCHOOL}`);
      const nudge = nudgeOf(page);
      await expect(nudge).toHaveAttribute('data-state', 'done');
      await expect(nudge).toHaveAttribute('data-categories', /pupil-details/);
      await pillOf(page).click();
      const seen = await probe(page);
      expect(seen.hosts).toHaveLength(1);
      expect(seen.hosts[0]).toMatchObject({ tag: 'postguard-nudge', open: true });
      expect(seen.hosts[0]!.data).toEqual(expect.arrayContaining(['data-count', 'data-categories']));
      for (const secret of [PUPILS[0]!, HEAD, TERM, SCHOOL]) expect(seen.hosts[0]!.text).toContain(secret);
    } finally {
      await world.close();
    }
  });
});
