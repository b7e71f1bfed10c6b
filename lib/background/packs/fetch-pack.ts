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
  const moved = redirectProblem(url, response);
  if (moved) {
    void response.body?.cancel().catch(() => undefined);
    return { kind: 'failed', reason: moved };
  }
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { kind: 'failed', reason: `the pack URL answered HTTP ${response.status}` };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PACK_BYTES) return { kind: 'failed', reason: `the pack is ${length} bytes; the limit is ${MAX_PACK_BYTES}` };
  const body = await readCapped(response, MAX_PACK_BYTES);
  if (body.kind === 'failed') return body;
  const outcome: FetchOutcome = { kind: 'body', text: body.text };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) outcome.etag = etag;
  if (lastModified) outcome.lastModified = lastModified;
  return outcome;
}

/**
 * Why a redirected response is refused, or null. Redirects are followed (`redirect:
 * 'follow'`, below) and the final URL judged here, before a byte of the body is read:
 * - `redirect: 'error'` would refuse every redirect, and ordinary static hosts send
 *   https -> https ones (a moved file, a custom domain, a CDN);
 * - `redirect: 'manual'` gives an "opaqueredirect" response whose Location header the
 *   fetch spec hides, so we could not follow even a good redirect ourselves.
 * So: the final URL must keep the scheme of the URL leadership set (an https pack URL
 * may not end on http, whose body anyone on the network could swap) and must pass the
 * same check as a configured URL. Fetch shows only the final URL, not the hops between;
 * a body that arrived over https from a trusted signer is still checked for rollback
 * (highest version seen, expiry) by the accept pipeline.
 */
export function redirectProblem(requested: string, response: Pick<Response, 'redirected' | 'url'>): string | null {
  if (!response.redirected || !response.url) return null;
  let from: URL;
  let to: URL;
  try {
    from = new URL(requested);
    to = new URL(response.url);
  } catch {
    return `the pack URL redirected to "${response.url}", which is not a valid URL`;
  }
  if (to.protocol !== from.protocol) return `the pack URL redirected from ${from.protocol}// to ${to.protocol}// (${response.url}); a pack is only read over the scheme it was asked for`;
  const problem = packUrlProblem(response.url);
  return problem ? `the pack URL redirected to ${response.url}: ${problem}` : null;
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes `max`
 * bytes: without a Content-Length (chunked transfer) the check above sees nothing,
 * and `response.text()` would hold any size in memory before the pipeline's size cap.
 */
export async function readCapped(response: Response, max: number): Promise<{ kind: 'body'; text: string } | { kind: 'failed'; reason: string }> {
  const tooBig = { kind: 'failed', reason: `the pack is more than ${max} bytes, the limit` } as const;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > max ? tooBig : { kind: 'body', text: new TextDecoder().decode(bytes) };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let read = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > max) {
      // Stops the download: the rest of the body is never asked for.
      await reader.cancel().catch(() => undefined);
      return tooBig;
    }
    text += decoder.decode(value, { stream: true });
  }
  return { kind: 'body', text: text + decoder.decode() };
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
