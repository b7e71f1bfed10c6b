// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from '../../../components/privacy/Markdown';

afterEach(cleanup);

describe('the privacy page (PRIVACY.md inside the extension)', () => {
  it('renders headings, paragraphs, lists, tables, code, bold and links', () => {
    const text = [
      '# Title',
      '',
      'A paragraph with `code`, **bold** and a [web link](https://ico.org.uk/) that',
      'goes on over two lines, and a [repository link](lib/background/saved-drafts.ts).',
      '',
      '## Stored',
      '- one item',
      '- another, **strong**,',
      '  continued',
      '',
      '| what | where |',
      '|---|---|',
      '| saved drafts | `storage.local` |',
    ].join('\n');
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector('h1')?.textContent).toBe('Title');
    expect(container.querySelector('h2')?.textContent).toBe('Stored');
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe('A paragraph with code, bold and a web link that goes on over two lines, and a repository link.');
    expect(p.querySelector('code')?.textContent).toBe('code');
    expect(p.querySelector('strong')?.textContent).toBe('bold');
    // Only web links are links: repository paths are not shipped in the extension.
    expect([...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://ico.org.uk/']);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one item', 'another, strong, continued']);
    expect([...container.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['what', 'where']);
    expect([...container.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['saved drafts', 'storage.local']);
  });

  it('shows all of PRIVACY.md, with no Markdown left over', () => {
    const source = readFileSync('PRIVACY.md', 'utf8');
    const { container } = render(<Markdown text={source} />);
    expect(container.querySelector('h1')?.textContent).toBe(/^#\s+(.*)$/m.exec(source)![1]!.replace(/[`*]/g, ''));
    const shown = container.textContent ?? '';
    expect(shown).not.toMatch(/\*\*|\]\(|^#/m);
    // Every heading of the file is a heading on the page.
    const headings = [...source.matchAll(/^#{1,4}\s+(.*)$/gm)].map((m) => m[1]!.replace(/[`*]/g, ''));
    expect([...container.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent)).toEqual(headings);
  });
});
