// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PolicyView, rulesBySection } from '../../../components/policy';
import { App } from '../../../entrypoints/policy/App';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { stubI18n } from './i18n-stub';

// See nudge.test.tsx: the fake browser without WXT's build tooling.
vi.mock('wxt/testing', () => import('wxt/testing/fake-browser'));

beforeEach(stubI18n);
afterEach(cleanup);

describe('the policy page', () => {
  it('gives every section an anchor the cards link to, with its title and summary', () => {
    render(<PolicyView pack={DEFAULT_PACK} />);
    for (const s of DEFAULT_PACK.policy.sections) {
      const section = document.getElementById(`section-${s.id}`);
      expect(section?.tagName).toBe('SECTION');
      expect(section?.textContent).toContain(s.title);
      expect(section?.textContent).toContain(s.summary);
      expect(screen.getByRole('link', { name: section?.querySelector('h2')?.textContent ?? '' }).getAttribute('href')).toBe(
        `#section-${s.id}`,
      );
    }
    expect(screen.getByRole('heading', { level: 2, name: 'Section 6: General considerations' })).toBeTruthy();
    // An appendix names itself: no "Section A: Appendix A".
    expect(screen.getByRole('heading', { level: 2, name: 'Appendix A: responding to misuse incidents' })).toBeTruthy();
  });

  it('lists under a section the categories that point to it, with each rule and an example it flags', () => {
    render(<PolicyView pack={DEFAULT_PACK} />);
    const six = within(document.getElementById('section-6')!);
    const contact = six.getByRole('heading', { level: 4, name: 'Personal contact details' }).closest('li')!;
    const phone = DEFAULT_PACK.rules.find((r) => r.id === 'contact-details/phone')!;
    expect(contact.textContent).toContain(phone.description);
    expect(contact.textContent).toContain(phone.examples.flag[0]);
    expect(contact.textContent).not.toContain(phone.examples.flag[1]);
    // Section 1 is background: nothing points to it.
    expect(document.getElementById('section-1')?.textContent).toContain('postguard has no rules that point to this section');
    expect(within(document.getElementById('section-1')!).queryByRole('heading', { level: 4 })).toBeNull();
  });

  it('leaves out a category the pack switches off', () => {
    const categories = { ...DEFAULT_PACK.categories, 'contact-details': { ...DEFAULT_PACK.categories['contact-details']!, enabled: false } };
    const six = rulesBySection({ ...DEFAULT_PACK, categories }).get('6')!;
    expect(six.map((c) => c.category)).not.toContain('contact-details');
    expect(rulesBySection(DEFAULT_PACK).get('6')!.map((c) => c.category)).toContain('contact-details');
  });

  it('brings the linked section into view and focus once the pack has loaded', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    location.hash = '#section-5';
    render(<App />);
    await waitFor(() => expect(document.activeElement?.id).toBe('section-5'));
    expect(scrolled).toEqual(['section-5']);
    location.hash = '';
  });
});
