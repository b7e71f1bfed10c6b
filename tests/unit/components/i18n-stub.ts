import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../../public/_locales/en_GB/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const table = messages as Record<string, Entry>;

/**
 * fakeBrowser leaves i18n unimplemented. This reads the real en_GB messages with
 * Chrome's substitution rules ($NAME$ -> placeholder content -> $1..$9), so tests
 * also prove every key the components use exists and reads as intended.
 */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = table[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
    .replace(/\$\$/g, '$');
}

export function stubI18n(): void {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
}
