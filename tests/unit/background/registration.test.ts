import { describe, expect, it } from 'vitest';
import { addedSitesScript, COMPOSE_SCRIPT } from '../../../lib/background/registration';
import { COMPOSE_ENTRY } from './helpers';

describe('addedSitesScript', () => {
  it('copies the compose script\'s manifest entry with the added origins\' patterns', () => {
    expect(addedSitesScript('id', ['https://forum.example.org', 'http://localhost:3000'], [COMPOSE_ENTRY])).toEqual({
      id: 'id',
      matches: ['https://forum.example.org/*', 'http://localhost/*'],
      js: [COMPOSE_SCRIPT],
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
    });
  });

  it('registers nothing for no origins', () => {
    expect(addedSitesScript('id', [], [COMPOSE_ENTRY])).toBeNull();
  });

  it('gives one pattern to one host on two ports', () => {
    expect(addedSitesScript('id', ['https://a.example', 'https://a.example:8443'], [COMPOSE_ENTRY])?.matches).toEqual([
      'https://a.example/*',
    ]);
  });

  it('takes the CSS when the compose script has some, and about:blank frames from match_about_blank', () => {
    const entry = { js: [COMPOSE_SCRIPT], css: ['content-scripts/compose.css'], match_about_blank: true };
    expect(addedSitesScript('id', ['https://a.example'], [{ js: ['content-scripts/other.js'] }, entry])).toMatchObject({
      css: ['content-scripts/compose.css'],
      allFrames: false,
      matchOriginAsFallback: true,
    });
  });

  it('refuses to register a file the build does not have', () => {
    expect(() => addedSitesScript('id', ['https://a.example'], [{ js: ['content-scripts/other.js'] }])).toThrow(COMPOSE_SCRIPT);
  });
});
