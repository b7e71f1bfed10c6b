import { describe, expect, it } from 'vitest';
import { isSiteOff, type SiteSettings } from '../../lib/storage';

const on: SiteSettings = { disabled: [], pausedUntil: 0, added: [] };
const NOW = 1_000_000;

describe('isSiteOff', () => {
  it.each([
    ['watched by default', on, [], false],
    ['paused by staff until later', { ...on, pausedUntil: NOW + 1 }, [], true],
    ['a pause that has run out', { ...on, pausedUntil: NOW - 1 }, [], false],
    ['switched off by staff', { ...on, disabled: ['facebook'] }, [], true],
    ['another site switched off', { ...on, disabled: ['x'] }, [], false],
    ["off in the school's pack by site id", on, ['facebook'], true],
    ["off in the school's pack by host", on, ['www.facebook.com'], true],
    ["the pack switches another host off", on, ['m.facebook.com'], false],
  ] satisfies [string, SiteSettings, string[], boolean][])('%s', (_name, settings, packOff, expected) => {
    expect(isSiteOff(settings, 'facebook', 'www.facebook.com', NOW, packOff)).toBe(expected);
  });
});
