import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en_GB/messages.json';

/** Every message key in the en_GB locale: a typo in a key fails `tsc`, not the page. */
export type MessageKey = keyof typeof messages;

/**
 * UK English strings from `_locales` (browser.i18n works in content scripts and
 * extension pages alike). A missing message shows its key rather than a blank,
 * so a gap is visible in review and in tests.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
