import { isMessage, type ModelData } from '../messages';
import { type AddedSitesApi, addSite, removeSite } from './added-sites';
import type { IncidentStore } from './incidents';
import { type ExtensionEvent, listen } from './listen';
import type { PackUpdater } from './packs/updater';
import type { RecordsStore } from './records';
import type { DraftStore } from './saved-drafts';
import { recordReport } from './tab-reports';

export interface MessageSender {
  tab?: { id?: number };
  url?: string;
}

/** A listener's reply: a Promise for messages the background answers, undefined to leave the rest to others. */
type Reply = Promise<unknown> | undefined;

export interface RouterContext {
  sites: AddedSitesApi;
  /** `runtime.getURL('/')`: only the extension's own pages may change the watched sites. */
  extensionBase: string;
  /** Opens an extension page in a new tab (`tabs.create`). */
  openTab(url: string): Promise<unknown>;
  /** Pack imports and checks (lib/background/packs). */
  packs: Pick<PackUpdater, 'importFile' | 'checkUrl'>;
  /** The one writer of saved drafts (lib/background/saved-drafts.ts). */
  drafts: DraftStore;
  /** The one writer of "This is wrong" reports and nudge counts (lib/background/records.ts). */
  records: RecordsStore;
  /** The one writer of misuse incidents (lib/background/incidents.ts). */
  incidents: IncidentStore;
  /** The learned scorer's data, bundled with the background. */
  modelData(): ModelData;
  /** Records the person's say-so that they are authorised to use social media on this school device today (lib/school-device.ts). */
  authoriseSchoolDevice(): Promise<boolean>;
}

/**
 * The background's share of the protocol in lib/messages.ts. Replies are
 * Promises, never sendResponse: the polyfill, Chromium and WXT's fakeBrowser all
 * take a returned Promise (toolchain notes).
 */
export function routeMessage(message: unknown, sender: MessageSender, context: RouterContext): Reply {
  if (isMessage(message, 'draft-report')) {
    const tabId = sender.tab?.id;
    // Reports come from content scripts, which always have a tab (-1: none, e.g. a prerender).
    return tabId !== undefined && tabId >= 0 ? recordReport(tabId, message.data) : undefined;
  }
  if (isMessage(message, 'open-policy')) {
    // Only a section id of our own shape goes into the URL.
    const section = /^[A-Za-z0-9-]{1,12}$/.test(message.data?.section ?? '') ? `#section-${message.data!.section}` : '';
    return context.openTab(`${context.extensionBase}policy.html${section}`).then(() => true);
  }
  // "Save for review" from the pause in any tab; the store checks the draft's shape.
  if (isMessage(message, 'save-draft')) return context.drafts.save(message.data);
  // Reports and counts from any tab: one writer, so two tabs at once lose nothing; the store checks the shape.
  if (isMessage(message, 'report-wrong')) return context.records.feedback(message.data);
  if (isMessage(message, 'nudged')) return context.records.nudged(message.data);
  // Not secret (the same weights ship in every copy): any of our content scripts or pages may ask.
  if (isMessage(message, 'model-data')) return Promise.resolve(context.modelData());
  // The notice in any tab (the date is the background's own, not the sender's): it only quietens that notice.
  if (isMessage(message, 'authorise-school-device')) return context.authoriseSchoolDevice();
  const fromExtensionPage = sender.url?.startsWith(context.extensionBase) ?? false;
  if (isMessage(message, 'delete-drafts') && fromExtensionPage) {
    const ids = message.data?.ids;
    return context.drafts.remove(ids === 'all' ? 'all' : Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  }
  // Incidents hold screenshots of pages and what the person wrote: only the popup and the incident page, never a content script.
  if (isMessage(message, 'keep-incident') && fromExtensionPage) return context.incidents.keep(message.data);
  if (isMessage(message, 'update-incident') && fromExtensionPage) return context.incidents.update(message.data);
  if (isMessage(message, 'delete-incidents') && fromExtensionPage) {
    const ids = message.data?.ids;
    return context.incidents.remove(ids === 'all' ? 'all' : Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  }
  if (isMessage(message, 'add-site') && fromExtensionPage) return addSite(message.data?.origin, context.sites);
  if (isMessage(message, 'remove-site') && fromExtensionPage) return removeSite(message.data?.origin, context.sites);
  // Packs change what staff are warned about: only the extension's own pages may offer one or trigger a check.
  if (isMessage(message, 'import-pack') && fromExtensionPage) return context.packs.importFile(String(message.data?.text ?? ''));
  if (isMessage(message, 'check-pack-now') && fromExtensionPage) return context.packs.checkUrl();
  return undefined;
}

export function answerMessages(
  runtime: { onMessage: ExtensionEvent<(message: unknown, sender: MessageSender) => Reply> },
  context: RouterContext,
  signal: AbortSignal,
): void {
  listen(runtime.onMessage, (message, sender) => routeMessage(message, sender, context), signal);
}
