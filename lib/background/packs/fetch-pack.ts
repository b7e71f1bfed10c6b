import type { SourceStatus } from '../../storage';

/** A pack is a few hundred kB at most; anything far bigger is a mistake or an attack (the pipeline caps it too). */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type FetchOutcome =
  | { kind: 'body'; text: string; etag?: string; lastModified?: string }
  | { kind: 'unchanged' }
  | { kind: 'failed'; reason: string };

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Why `url` may not be fetched, or null when it may. HTTPS only: a pack decides
 * what staff are warned about, so it must not be swappable on the network. Plain
 * http only for this machine (127.0.0.1, localhost), which the e2e tests serve from.
 */
export function packUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `pack URL "${url}" is not a valid URL`;
  }
  if (parsed.protocol === 'https:') return null;
  const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
  if (parsed.protocol === 'http:' && local) return null;
  return `pack URL "${url}" must start with https://`;
}

/**
 * One conditional GET of the pack URL. With an ETag or Last-Modified from the last
 * check we send If-None-Match / If-Modified-Since: a 304 costs no bytes. Those
 * headers make a cross-origin request need a CORS preflight, which a plain static
 * host may not answer: if the conditional request fails on the network, we ask
 * once more without them (the browser's own cache still revalidates).
 */
export async function fetchPack(url: string, previous: SourceStatus | undefined, fetchFn: FetchFn): Promise<FetchOutcome> {
  const problem = packUrlProblem(url);
  if (problem) return { kind: 'failed', reason: problem };
  const sameUrl = previous?.url === url;
  const conditional: Record<string, string> = {};
  if (sameUrl && previous?.etag) conditional['If-None-Match'] = previous.etag;
  if (sameUrl && previous?.lastModified) conditional['If-Modified-Since'] = previous.lastModified;

  let response: Response;
  try {
    response = await get(url, conditional, fetchFn, 'no-store');
  } catch (e) {
    if (!Object.keys(conditional).length) return { kind: 'failed', reason: networkReason(url, e) };
    try {
      response = await get(url, {}, fetchFn, 'no-cache');
    } catch (again) {
      return { kind: 'failed', reason: networkReason(url, again) };
    }
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', reason: `the pack URL answered HTTP ${response.status}` };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PACK_BYTES) return { kind: 'failed', reason: `the pack is ${length} bytes; the limit is ${MAX_PACK_BYTES}` };
  const text = await response.text();
  const outcome: FetchOutcome = { kind: 'body', text };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) outcome.etag = etag;
  if (lastModified) outcome.lastModified = lastModified;
  return outcome;
}

function get(url: string, headers: Record<string, string>, fetchFn: FetchFn, cache: RequestCache): Promise<Response> {
  // no-store when our own validators decide, no-cache when the browser's cache revalidates;
  // credentials omitted: a pack is public and no cookie should travel with the request.
  return fetchFn(url, { method: 'GET', headers, cache, credentials: 'omit', redirect: 'follow' });
}

function networkReason(url: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `could not fetch ${url} (${detail}); is the host up, and does it send Access-Control-Allow-Origin: *?`;
}
