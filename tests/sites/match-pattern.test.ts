import { describe, expect, it } from 'vitest';
import { normaliseOrigin, originPattern, parseMatchPattern, urlMatches } from '../../lib/sites/match-pattern';

function matches(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) throw new Error(`bad pattern ${pattern}`);
  return urlMatches(parsed, new URL(url));
}

describe('parseMatchPattern', () => {
  it.each(['https://x.com/*', '*://*.example.org/*', 'http://127.0.0.1/*', 'https://*/*', 'https://a.b/path/*?q=*'])(
    'accepts %s',
    (pattern) => expect(parseMatchPattern(pattern)).not.toBeNull(),
  );

  it.each(['x.com/*', 'https://x.com', 'ftp://x.com/*', 'https://x.*.com/*', 'https://x.com:8080/*', '<all_urls>', 'https://X.com/*'])(
    'refuses %s',
    (pattern) => expect(parseMatchPattern(pattern)).toBeNull(),
  );
});

describe('urlMatches', () => {
  it.each([
    ['https://x.com/*', 'https://x.com/home', true],
    ['https://x.com/*', 'https://x.com:444/home', true],
    ['https://x.com/*', 'http://x.com/home', false],
    ['https://x.com/*', 'https://www.x.com/', false],
    ['https://*.pinterest.com/*', 'https://pinterest.com/', true],
    ['https://*.pinterest.com/*', 'https://uk.pinterest.com/pin/1', true],
    ['https://*.pinterest.com/*', 'https://evilpinterest.com/', false],
    ['*://a.example/*', 'http://a.example/', true],
    ['https://a.example/t/*', 'https://a.example/t/1?x=2', true],
    ['https://a.example/t/*', 'https://a.example/u/1', false],
    ['https://a.example/a.b', 'https://a.example/aXb', false],
  ])('%s against %s: %s', (pattern, url, expected) => {
    expect(matches(pattern, url)).toBe(expected);
  });
});

describe('added origins', () => {
  it.each([
    ['https://forum.example.org', 'https://forum.example.org', 'https://forum.example.org/*'],
    ['https://Forum.Example.org/t/1?x', 'https://forum.example.org', 'https://forum.example.org/*'],
    ['forum.example.org', 'https://forum.example.org', 'https://forum.example.org/*'],
    ['http://localhost:3000/', 'http://localhost:3000', 'http://localhost/*'],
  ])('%s is origin %s, granted as %s', (input, origin, pattern) => {
    expect(normaliseOrigin(input)).toBe(origin);
    expect(originPattern(input)).toBe(pattern);
    expect(parseMatchPattern(pattern)).not.toBeNull();
  });

  it.each(['', 'file:///etc/passwd', 'chrome://extensions', 'javascript:alert(1)', 'https://'])('%s is no origin', (input) => {
    expect(normaliseOrigin(input)).toBeNull();
    expect(originPattern(input)).toBeNull();
  });
});
