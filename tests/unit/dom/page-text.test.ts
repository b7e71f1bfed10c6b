// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../lib/dom/page-text';
import { rangeFor } from '../../../lib/dom/text-map';

function read(html: string, skip: (el: Element) => boolean = () => false) {
  const root = document.createElement('div');
  root.innerHTML = html;
  return readPageText(root, skip);
}

describe('readPageText', () => {
  it.each([
    ['a heading then inline text', '<h3>Alex Example</h3><span>3 years ago</span><div>Hello</div>', 'Alex Example\n3 years ago\nHello'],
    ['inline runs keep their spaces', '<span>Call</span> <b>me</b> <i>now</i>', 'Call me now'],
    ['layout whitespace between blocks', '\n  <p>One</p>\n  <p>Two</p>\n', 'One\nTwo'],
    ['a line break', '<p>One<br>Two</p>', 'One\nTwo'],
    ['hidden, aria-hidden, script and svg parts', '<p>Shown</p><p hidden>gone</p><span aria-hidden="true">icon</span><script>x()</script><svg><text>chart</text></svg>', 'Shown'],
    ['our UI and compose boxes', '<p>Post</p><postguard-nudge>nudge</postguard-nudge><textarea>draft</textarea><div contenteditable="true">draft</div>', 'Post'],
  ])('%s', (_name, html, expected) => {
    expect(read(html).text).toBe(expected);
  });

  it('leaves out what skip says, with everything inside it', () => {
    expect(read('<p>Mine</p><div class="nested"><p>Theirs</p></div>', (el) => el.classList.contains('nested')).text).toBe('Mine');
  });

  it('maps offsets back to the words on the page', () => {
    const map = read('<h3>Sam</h3><span>Ring 07700 900123</span>');
    const start = map.text.indexOf('07700');
    expect(rangeFor(map, start, start + 12)?.toString()).toBe('07700 900123');
  });
});
