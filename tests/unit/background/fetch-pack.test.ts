import { describe, expect, it, vi } from 'vitest';
import { MAX_PACK_BYTES, fetchPack, readCapped, redirectProblem } from '../../../lib/background/packs/fetch-pack';

// Issue 12, point 6: a redirect from https to http was followed, and a body sent
// without Content-Length was read whatever its size.

/** A body served in 64 kB chunks with no Content-Length (as chunked transfer arrives); counts the chunks pulled. */
function endlessBody(chunks = Number.POSITIVE_INFINITY) {
  const counter = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= chunks) return controller.close();
      counter.pulled += 1;
      controller.enqueue(chunk);
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

/** What fetch returns after following redirects: `redirected` and the final `url` (readonly on a constructed Response). */
function redirectedTo(url: string, body: BodyInit | null = '{}') {
  const response = new Response(body, { status: 200 });
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('the pack body is capped while it is read', () => {
  it('stops reading a body with no Content-Length as soon as it passes the limit', async () => {
    const { stream, counter } = endlessBody();
    const response = new Response(stream);
    expect(response.headers.get('content-length')).toBeNull();
    const outcome = await fetchPack('https://packs.example.org/p.json', undefined, async () => response);
    expect(outcome).toEqual({ kind: 'failed', reason: `the pack is more than ${MAX_PACK_BYTES} bytes, the limit` });
    // 2 MB in 64 kB chunks is 32; one more passes the limit, and then the stream is cancelled.
    expect(counter.pulled).toBeLessThanOrEqual(MAX_PACK_BYTES / (64 * 1024) + 2);
    expect(counter.cancelled).toBe(true);
  });
  it('reads a body just under the limit whole, multi-byte characters split across chunks included', async () => {
    const { stream } = endlessBody(3);
    expect(await readCapped(new Response(stream), 3 * 64 * 1024)).toMatchObject({ kind: 'body', text: ' '.repeat(3 * 64 * 1024) });
    const bytes = new TextEncoder().encode('"é"');
    const split = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 2));
        c.enqueue(bytes.slice(2));
        c.close();
      },
    });
    expect(await readCapped(new Response(split), 10)).toEqual({ kind: 'body', text: '"é"' });
  });
  it('still refuses early on a Content-Length over the limit', async () => {
    const response = new Response('{}', { headers: { 'Content-Length': String(MAX_PACK_BYTES + 1) } });
    expect(await fetchPack('https://packs.example.org/p.json', undefined, async () => response)).toMatchObject({ kind: 'failed', reason: /bytes; the limit is/ });
  });
});

describe('a redirect to another scheme is refused', () => {
  it('https redirected to http: refused, its body never read', async () => {
    const { stream, counter } = endlessBody(1);
    const fetchFn = vi.fn(async () => redirectedTo('http://packs.example.org/old.json', stream));
    const outcome = await fetchPack('https://packs.example.org/p.json', undefined, fetchFn);
    expect(outcome).toEqual({ kind: 'failed', reason: expect.stringMatching(/redirected from https:\/\/ to http:\/\/ \(http:\/\/packs\.example\.org\/old\.json\)/) });
    expect(counter.pulled).toBeLessThanOrEqual(1);
  });
  it('the local test server over http may not redirect off this machine', () => {
    expect(redirectProblem('http://127.0.0.1:8080/p.json', redirectedTo('http://packs.example.org/p.json'))).toMatch(/must start with https/);
    expect(redirectProblem('http://127.0.0.1:8080/p.json', redirectedTo('https://packs.example.org/p.json'))).toMatch(/from http:\/\/ to https:/);
  });
  it('https to https is followed (a moved file, a custom domain)', async () => {
    const outcome = await fetchPack('https://packs.example.org/p.json', undefined, async () => redirectedTo('https://cdn.example.net/p.json', '{"a":1}'));
    expect(outcome).toEqual({ kind: 'body', text: '{"a":1}' });
  });
  it('no redirect: nothing to judge', () => {
    expect(redirectProblem('https://packs.example.org/p.json', new Response('{}'))).toBeNull();
  });
});
