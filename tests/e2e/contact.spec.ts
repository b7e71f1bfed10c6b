import { contactPack, putPackInForce } from './contact-pack';
import type { Driver } from './driver/driver';
import { click, expectNudge, modelText, openAndFocus, pauseState, posted } from './driver/steps';
import { expect, ownWorld, test as shared } from './driver/test';
import { contactPageById } from './fixtures/pages';
import type { ContactWindow } from './fixtures/shared/contact';

/**
 * The request guard (issue 15, point 1; contract, "Request guard"), in Chromium and
 * Firefox: Confirm, Follow back and Accept for a person whose full name is on the
 * school's (hashed) roster are held by `<postguard-pause data-kind="contact">`; "Cancel"
 * accepts nothing, "Accept anyway" accepts exactly once; anyone else is never held, by
 * mouse or keyboard. A browser of its own: the pack in force names the roster.
 */
const test = shared.extend({
  world: ownWorld(async (world) => {
    const page = await world.openExtensionPage('popup.html');
    await putPackInForce(page.driver, contactPack());
    await page.close();
  }),
});

async function openContactPage(driver: Driver, id: string, fragment = ''): Promise<void> {
  await driver.goto(contactPageById(id).url + fragment);
  await expect.poll(() => driver.evaluate(() => Array.isArray((window as unknown as ContactWindow).__contact?.actions))).toBe(true);
  // The content script runs at document_idle: a click before it listens is not the guard's to see.
  await expect.poll(() => driver.evaluate(() => document.documentElement.dataset.postguardWatching ?? null)).toBe('1');
}

const actions = (driver: Driver) => driver.evaluate(() => [...(window as unknown as ContactWindow).__contact.actions]);

/** The contact pause: its kind and its buttons' names, or null while there is none. */
const contactPause = (driver: Driver) =>
  driver.evaluate(() => {
    const host = document.querySelector('postguard-pause');
    const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!host || !dialog) return null;
    const buttons = [...dialog.querySelectorAll('button')].map((b) => b.textContent?.trim());
    return { kind: host.getAttribute('data-kind'), buttons, text: dialog.textContent ?? '' };
  });

/** The centre of the control named `control` on the card that shows `person` (a trusted click goes there). */
async function clickControl(driver: Driver, person: string, control: string): Promise<void> {
  const point = await driver.evaluate(({ person, control }) => {
    const named = (b: Element) => [b.textContent?.trim(), b.getAttribute('aria-label')].includes(control);
    const cards = [...document.querySelectorAll('[role="listitem"], li, header')].filter((c) => c.textContent?.includes(person));
    const target = cards.flatMap((c) => [...c.querySelectorAll('button, [role="button"]')]).find(named);
    if (!target) return null;
    const r = target.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, { person, control });
  expect(point, `${control} for ${person}`).not.toBeNull();
  await driver.clickAt(point!.x, point!.y);
}

/** Focuses the control (a script may move focus; the key press that follows is the person's). */
async function focusControl(driver: Driver, person: string, control: string): Promise<void> {
  const found = await driver.evaluate(({ person, control }) => {
    const cards = [...document.querySelectorAll('[role="listitem"], li, header')].filter((c) => c.textContent?.includes(person));
    const target = cards.flatMap((c) => [...c.querySelectorAll<HTMLElement>('button, [role="button"]')]).find((b) => b.textContent?.trim() === control);
    target?.focus();
    return !!target;
  }, { person, control });
  expect(found).toBe(true);
}

test.describe('friend requests (facebook.com/friends/requests)', () => {
  test('Confirm for a pupil is held; Cancel accepts nothing', async ({ driver }) => {
    await openContactPage(driver, 'facebook-requests');
    await clickControl(driver, 'Poppy Carter', 'Confirm');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact', buttons: ['Cancel', 'Accept anyway'] });
    expect((await contactPause(driver))!.text).toContain('Poppy Carter');
    await click(driver, { kind: 'pause-button', name: 'Cancel' });
    await expect.poll(() => contactPause(driver)).toBeNull();
    expect(await actions(driver)).toEqual([]);
  });

  test('"Accept anyway" lets the site accept exactly once', async ({ driver }) => {
    await openContactPage(driver, 'facebook-requests');
    await clickControl(driver, 'Poppy Carter', 'Confirm');
    await expect.poll(() => contactPause(driver)).not.toBeNull();
    await click(driver, { kind: 'pause-button', name: 'Accept anyway' });
    await expect.poll(() => actions(driver)).toEqual(['Confirm: Poppy Carter']);
    expect(await contactPause(driver)).toBeNull();
  });

  test('a name folded as drafts are (Zoë O’Brien for Zoe O\'Brien) is held', async ({ driver }) => {
    await openContactPage(driver, 'facebook-requests');
    await clickControl(driver, 'Zoë O’Brien', 'Confirm');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    expect(await actions(driver)).toEqual([]);
  });

  test('anyone else goes through at once: a shared first name, a pupil among mutual friends', async ({ driver }) => {
    await openContactPage(driver, 'facebook-requests');
    await clickControl(driver, 'Poppy Harris', 'Confirm');
    await clickControl(driver, 'Ann Lee', 'Confirm');
    expect(await actions(driver)).toEqual(['Confirm: Poppy Harris', 'Confirm: Ann Lee']);
    expect(await contactPause(driver)).toBeNull();
  });

  test('by keyboard: Enter and Space on the Confirm control are held, Escape cancels, Tab then Enter accepts once', async ({ driver }) => {
    await openContactPage(driver, 'facebook-requests');
    await focusControl(driver, 'Poppy Carter', 'Confirm');
    await driver.press('Enter');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    await driver.press('Escape');
    await expect.poll(() => contactPause(driver)).toBeNull();
    expect(await actions(driver)).toEqual([]);
    await focusControl(driver, 'Poppy Carter', 'Confirm');
    await driver.press(' ');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    // Focus starts on Cancel; Tab reaches "Accept anyway".
    await driver.press('Tab');
    await driver.press('Enter');
    await expect.poll(() => actions(driver)).toEqual(['Confirm: Poppy Carter']);
  });
});

test.describe('a profile header (instagram.com/<user>/)', () => {
  test('Follow back for a pupil is held, by mouse and by keyboard on the native button', async ({ driver }) => {
    await openContactPage(driver, 'instagram-profile', '#pupil');
    await clickControl(driver, 'Poppy Carter', 'Follow back');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    await click(driver, { kind: 'pause-button', name: 'Cancel' });
    await expect.poll(() => contactPause(driver)).toBeNull();
    await focusControl(driver, 'Poppy Carter', 'Follow back');
    await driver.press('Enter');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    await click(driver, { kind: 'pause-button', name: 'Accept anyway' });
    await expect.poll(() => actions(driver)).toEqual(['Follow back: Poppy Carter']);
  });

  test('Follow back for someone who shares only a first name, followed by a pupil, goes through', async ({ driver }) => {
    await openContactPage(driver, 'instagram-profile', '#other');
    await clickControl(driver, 'Poppy Harris', 'Follow back');
    expect(await actions(driver)).toEqual(['Follow back: Poppy Harris']);
    expect(await contactPause(driver)).toBeNull();
  });
});

test.describe('invitations (linkedin.com/mynetwork/invitation-manager)', () => {
  test('Accept named by its aria-label is held for a pupil only', async ({ driver }) => {
    await openContactPage(driver, 'linkedin-invitations');
    await clickControl(driver, 'Tom Samples', 'Accept');
    expect(await actions(driver)).toEqual(['Accept: Tom Samples']);
    await clickControl(driver, 'Tom Sample', 'Accept');
    await expect.poll(() => contactPause(driver)).toMatchObject({ kind: 'contact' });
    expect(await actions(driver)).toEqual(['Accept: Tom Samples']);
  });
});

test('no request leaves the browser while the guard works', async ({ driver, requests, requestMark }) => {
  await openContactPage(driver, 'facebook-requests');
  await clickControl(driver, 'Poppy Carter', 'Confirm');
  await expect.poll(() => contactPause(driver)).not.toBeNull();
  await click(driver, { kind: 'pause-button', name: 'Accept anyway' });
  await expect.poll(() => actions(driver)).toEqual(['Confirm: Poppy Carter']);
  const page = contactPageById('facebook-requests').url;
  expect(requests.slice(requestMark).filter((r) => r.url !== page)).toEqual([]);
});

/**
 * Messages to a pupil (issue 15, point 2; contract, "Messages to a pupil"): a message box
 * whose conversation is with a roster pupil holds a `pupil-contact` finding whenever it
 * holds text, read from the adapter's header (WhatsApp, LinkedIn) or a label naming the
 * conversation (Messenger's message list); a conversation with anyone else holds none.
 */
for (const id of ['messenger-chat', 'whatsapp-chat', 'linkedin-messaging', 'x-chat']) {
  test.describe(`a message conversation (${id})`, () => {
    const page = contactPageById(id);

    test('with a pupil: the box holds a pupil-contact finding once it holds text', async ({ driver }) => {
      await openAndFocus(driver, { url: `${page.url}#pupil` });
      await driver.type('See you at practice on Saturday');
      await expectNudge(driver, 'pupil-contact', 1);
      await expect.poll(() => modelText(driver)).toBe('See you at practice on Saturday');
    });

    test('with someone who shares only a first name with a pupil: no finding', async ({ driver }) => {
      await openAndFocus(driver, { url: `${page.url}#other` });
      await driver.type('See you at practice on Saturday');
      await expectNudge(driver, '', 0);
    });
  });
}

test('a message to a pupil is paused before it is sent, as any serious finding is', async ({ driver }) => {
  await openAndFocus(driver, { url: `${contactPageById('whatsapp-chat').url}#pupil` });
  await driver.type('Are you coming on Saturday?');
  await expectNudge(driver, 'pupil-contact', 1);
  await driver.press('Enter');
  await expect.poll(() => pauseState(driver)).toMatchObject({ focused: 'Edit' });
  expect(await posted(driver)).toEqual([]);
  await click(driver, { kind: 'pause-button', name: 'Post anyway' });
  await expect.poll(() => posted(driver)).toEqual(['Are you coming on Saturday?']);
});
