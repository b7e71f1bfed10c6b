import type { Finding } from './analyze';
import type { Category } from '../rules/categories';
import type { SourceStatus } from './storage';
import type { SavedDraft } from './review/retention';
import type { WeightsFile } from './analyze/model/weights';
import type { ClustersFile } from './analyze/model/clusters';
import type { IncidentCapture } from './incident/capture';
import type { IncidentChanges } from './incident/kept';

/** The learned scorer's data (rules/model/), as the background hands it to a page's analyzer. */
export interface ModelData {
  weights: WeightsFile;
  clusters: ClustersFile;
}

/**
 * The whole message protocol between the content script, the background and the
 * extension pages, as one typed map. Drafts never leave the browser: reports go
 * to the background, which keeps them in `storage.session` (memory only) so the
 * popup can show the current draft's findings and follow them live.
 */

/** What a content script knows about one watched compose box. */
export interface BoxReport {
  /** Stable for the life of the box in its frame. */
  boxId: string;
  /** The box's accessible label or placeholder, for the popup ("What's on your mind?"). */
  label: string;
  /** Open findings (ignored ones left out), in text order. */
  findings: Finding[];
  /** Date.now() of the analysis. */
  at: number;
}

/** What a tab reports: the box the user last typed in, and the site it is on. */
export interface TabReport {
  /** lib/sites id ("facebook") or null for a site staff added themselves. */
  siteId: string | null;
  host: string;
  box: BoxReport | null;
}

/**
 * The answer to "Save for review": kept, or why not (lib/background/saved-drafts.ts), in
 * words the pause turns into "Not saved: ...": `too-big` one draft past its size limit,
 * `full` the saved drafts at their count or size limit, `storage-full` the browser's
 * storage itself full, `invalid` not a draft, `failed` no answer from the background.
 */
export type SaveResult = { saved: true } | { saved: false; reason: 'too-big' | 'full' | 'storage-full' | 'invalid' | 'failed' };

/**
 * The answer to "Report misuse" (lib/background/incidents.ts): kept, under this id, or why
 * not: `full` the incidents at their count or size limit, `storage-full` the browser's
 * storage itself full, `invalid` not a copy of a page, `failed` no answer from the background.
 */
export type KeepIncidentResult = { kept: true; id: string } | { kept: false; reason: 'full' | 'storage-full' | 'invalid' | 'failed' };

export interface Messages {
  /** content -> background: "Save for review" (the background is the drafts' one writer). */
  'save-draft': { request: Omit<SavedDraft, 'id' | 'savedAt'>; response: SaveResult };
  /** content -> background: a "This is wrong" report (the background is the reports' one writer, issue 12 point 9). */
  'report-wrong': { request: { rule: string; category: Category; text: string; host: string }; response: boolean };
  /** content -> background: new findings were shown, by category (the review page's chart; no text). */
  'nudged': { request: { categories: Category[] }; response: boolean };
  /** review page -> background: delete saved drafts by id, or all. */
  'delete-drafts': { request: { ids: string[] | 'all' }; response: boolean };
  /** content -> background: the draft in this frame changed (null: the box is gone or empty). */
  'draft-report': { request: TabReport; response: void };
  /** popup -> background: after `permissions.request`, start watching this origin ("https://example.org"). */
  'add-site': { request: { origin: string }; response: { ok: true } | { ok: false; error: string } };
  /** popup -> background: stop watching an origin staff added. */
  'remove-site': { request: { origin: string }; response: { ok: boolean } };
  /** content -> background: open the policy page (at a section) in a new tab; web pages can't link to extension pages. */
  'open-policy': { request: { section?: string }; response: boolean };
  /** popup -> content (tabs.sendMessage): select the words of a finding in its box. */
  'reveal-finding': { request: { boxId: string; start: number; end: number }; response: boolean };
  /** options page -> background: a pack file IT chose (its text); the reply says whether it is now in force, or why not. */
  'import-pack': { request: { text: string }; response: SourceStatus };
  /**
   * extension page -> background: fetch the pack URL now instead of waiting for the alarm
   * (the options page's "Check now", and the e2e tests' hook). null: no pack URL is set.
   */
  'check-pack-now': { request: Record<string, never>; response: SourceStatus | null };
  /** popup -> content (tabs.sendMessage, top frame): check the posts on the page (issue 5, self-audit). */
  'audit-page': { request: { follow?: boolean }; response: PageAudit };
  /** popup -> content (top frame): the audit so far, as a popup opened again finds it (issue 15, point 5). */
  'audit-state': { request: Record<string, never>; response: PageAudit | null };
  /** popup -> content (top frame): stop checking posts as they load. */
  'audit-stop': { request: Record<string, never>; response: PageAudit | null };
  /**
   * content or extension page -> background: the learned scorer's weights (issue 13). Asked once,
   * after the first gesture in a box; the files never become web-accessible, so a page cannot
   * fetch them to learn that postguard is installed.
   */
  'model-data': { request: Record<string, never>; response: ModelData };
  /**
   * content -> background: "I'm authorised (today)" on the school-device notice (issue 15, point 4).
   * The background, the record's one writer, stores today's local date by its own clock.
   */
  'authorise-school-device': { request: Record<string, never>; response: boolean };
  /** popup -> background: "Report misuse" kept this copy of the tab (the background is the incidents' one writer). */
  'keep-incident': { request: IncidentCapture; response: KeepIncidentResult };
  /** incident page -> background: the person's note, answers and steps ticked for one incident. */
  'update-incident': { request: { id: string; changes: IncidentChanges }; response: boolean };
  /** incident page -> background: delete incidents by id, or all. */
  'delete-incidents': { request: { ids: string[] | 'all' }; response: boolean };
  /** popup -> content (top frame): scroll to a post of the last audit and mark its findings; false when it is gone. */
  'reveal-post': { request: { index: number }; response: boolean };
}

export type MessageType = keyof Messages;
export type Message<T extends MessageType = MessageType> = { type: T; data: Messages[T]['request'] };

export function message<T extends MessageType>(type: T, data: Messages[T]['request']): Message<T> {
  return { type, data };
}

export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}

/** One post on the page that may breach the policy, as the popup lists it. */
export interface AuditPost {
  /** The post's place among those checked: what 'reveal-post' asks for. */
  index: number;
  /** The start of the post's own text, spaces folded. */
  excerpt: string;
  /** What the analyzer found in the post's own text (posts inside it are checked on their own). */
  findings: Finding[];
  /** A field of the profile (intro, bio, workplace, about), not a post (issue 15, point 5). */
  profile?: true;
}

/** The answer to 'audit-page': how many posts were read, and those with findings. */
export interface PageAudit {
  checked: number;
  posts: AuditPost[];
  /** Profile fields read (intro, bio, workplace, about), besides the posts. */
  fields?: number;
  /** Still checking posts as they load, until stopped (issue 15, point 5). */
  following?: boolean;
}
