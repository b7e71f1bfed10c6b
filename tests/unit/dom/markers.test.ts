// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARKERS, shadowMode } from '../../../lib/dom/markers';
import { NudgeHost } from '../../../lib/dom/nudge-host';
import { openPause } from '../../../lib/dom/pause-host';
import { POLICY, finding } from '../components/fixtures';
import { stubI18n } from '../components/i18n-stub';

// See tests/unit/components/nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(() => document.body.replaceChildren());

/** Every attribute of `el` whose name starts with data-. */
const dataAttributes = (el: Element) => el.getAttributeNames().filter((n) => n.startsWith('data-'));

// Issue 12, point 2: the stores' build keeps the elements but gives the page nothing to read.
describe('in-page markers (lib/dom/markers.ts)', () => {
  it('are on in the unit tests (vitest.config.ts defines the build constant, as build:markers does)', () => {
    expect(MARKERS).toBe(true);
    expect(shadowMode()).toBe('open');
    expect(shadowMode(false)).toBe('closed');
  });

  it('store build: the nudge host has a closed root and never a data-* attribute, even after findings', () => {
    const box = document.body.appendChild(document.createElement('textarea'));
    const host = new NudgeHost(box, '', 'pg-1', 'textarea', false);
    host.setFindings([finding()], 'done');
    host.setState('pending');
    const el = document.querySelector('postguard-nudge')!;
    expect(el).toBe(host.el);
    expect(el.shadowRoot).toBeNull();
    expect(host.root.mode).toBe('closed');
    expect(dataAttributes(el)).toEqual([]);
  });

  it('marker build: the nudge host has an open root and the contract attributes', () => {
    const box = document.body.appendChild(document.createElement('textarea'));
    const host = new NudgeHost(box, '', 'pg-1', 'textarea', true);
    host.setFindings([finding()], 'done');
    expect(host.el.shadowRoot).toBe(host.root);
    expect(host.el.dataset.count).toBe('1');
    expect(host.el.dataset.state).toBe('done');
  });

  it('store build: the pause has a closed root, no data-kind, and still a dialog with its buttons', () => {
    const props = { findings: [finding()], policy: POLICY, onEdit: vi.fn(), onSave: vi.fn(), onPostAnyway: vi.fn(), acceptEvent: () => true };
    const pause = openPause(document, props, false);
    const el = document.querySelector('postguard-pause')!;
    expect(el.shadowRoot).toBeNull();
    expect(dataAttributes(el)).toEqual([]);
    expect(pause.root.querySelector('[role="dialog"]')?.querySelectorAll('button')).toHaveLength(3);
    pause.close();
    expect(openPause(document, props, true).root.host.getAttribute('data-kind')).toBe('post');
  });
});
