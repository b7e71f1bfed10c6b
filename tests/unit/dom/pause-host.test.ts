// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPause } from '../../../lib/dom/pause-host';
import { POLICY, finding } from '../components/fixtures';
import { stubI18n } from '../components/i18n-stub';

// See tests/unit/components/nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => document.body.replaceChildren());

function props() {
  // jsdom's events are untrusted: a permissive gate (the extension's is lib/dom/trust.ts).
  return { findings: [finding()], policy: POLICY, onEdit: vi.fn(), onSave: vi.fn(), onPostAnyway: vi.fn(), acceptEvent: () => true };
}

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('openPause', () => {
  it('adds <postguard-pause> to the body with an open shadow root holding the dialog', () => {
    const pause = openPause(document, props());
    const host = document.querySelector('postguard-pause');
    expect(host?.parentElement).toBe(document.body);
    expect(host?.shadowRoot).toBe(pause.root);
    expect(pause.root.mode).toBe('open');
    const dialog = pause.root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(Array.from(dialog!.querySelectorAll('button')).map((b) => b.textContent)).toEqual([
      'Edit', 'Save for review', 'Post anyway',
    ]);
    expect(pause.root.activeElement).toBe(buttonNamed(pause.root, 'Edit'));
  });

  it('marks a pause carrying the session-time reminder (marker build only), kind post either way', () => {
    openPause(document, { ...props(), findings: [], sessionHours: 'Mon–Fri 08:45–15:30' }).close();
    const marked = openPause(document, { ...props(), sessionHours: 'Mon–Fri 08:45–15:30' });
    expect([marked.root.host.getAttribute('data-kind'), marked.root.host.getAttribute('data-reminder')]).toEqual(['post', 'session-times']);
    marked.close();
    const plain = openPause(document, props());
    expect(plain.root.host.hasAttribute('data-reminder')).toBe(false);
    plain.close();
    const store = openPause(document, { ...props(), sessionHours: 'Mon–Fri 08:45–15:30' }, false);
    expect(Object.keys((document.querySelector('postguard-pause') as HTMLElement).dataset)).toEqual([]);
    store.close();
  });

  it('leaves nothing on the page when the dialog fails to render, so the caller can fail open', () => {
    const broken = { ...props(), findings: null as unknown as [] };
    expect(() => openPause(document, broken)).toThrow();
    expect(document.querySelector('postguard-pause')).toBeNull();
  });

  it('close removes the element and puts focus back where it was', () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.focus();
    const pause = openPause(document, props());
    expect(document.activeElement).toBe(document.querySelector('postguard-pause'));
    pause.close();
    pause.close();
    expect(document.querySelector('postguard-pause')).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('restores focus into a shadow root the editor lives in', () => {
    const shell = document.createElement('div');
    document.body.append(shell);
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.tabIndex = 0;
    shell.attachShadow({ mode: 'open' }).append(editor);
    editor.focus();
    openPause(document, props()).close();
    expect(shell.shadowRoot!.activeElement).toBe(editor);
  });

  it('keeps clicks and keys inside from reaching the page', () => {
    const pageEvents = vi.fn();
    for (const type of ['click', 'pointerdown', 'keydown']) document.addEventListener(type, pageEvents);
    const pause = openPause(document, props());
    const backdrop = pause.root.querySelector('.pg-backdrop')!;
    backdrop.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    backdrop.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    buttonNamed(pause.root, 'Save for review').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }),
    );
    expect(pageEvents).not.toHaveBeenCalled();
    pause.close();
    document.body.click();
    expect(pageEvents).toHaveBeenCalledTimes(1);
  });

  it('buttons reach the caller, and update shows the saved state', () => {
    const p = props();
    const pause = openPause(document, p);
    buttonNamed(pause.root, 'Post anyway').click();
    expect(p.onPostAnyway).toHaveBeenCalledTimes(1);
    pause.update({ saved: true });
    expect(pause.root.querySelector('[role="status"]')?.textContent).toBe('Saved for review. Your draft is still in the box.');
  });
});
