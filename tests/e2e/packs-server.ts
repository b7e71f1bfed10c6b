import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A static pack host on 127.0.0.1 for the e2e tests: one URL, whose body the test
 * swaps. It behaves like a well-configured static host (ETag, 304 on a matching
 * If-None-Match, CORS: Access-Control-Allow-Origin: * and an answer to the preflight
 * that the conditional headers cause), and records every request it saw.
 */
export interface PackServer {
  url: string;
  /** Serve `body` from now on, with a new ETag; `chunked`: in 64 kB writes with no Content-Length. */
  serve(body: string, options?: { chunked?: boolean }): void;
  /** Method and conditional header of every request, in order. */
  requests: Array<{ method: string; ifNoneMatch?: string }>;
  close(): Promise<void>;
}

/**
 * How the host does CORS: 'full' as above; 'simple': CORS headers on responses but no
 * answer to a preflight (a static host that was never told about If-None-Match); 'none':
 * no CORS headers at all.
 */
export type HostCors = 'full' | 'simple' | 'none';

export async function startPackServer(cors: HostCors = 'full'): Promise<PackServer> {
  let body = '';
  let etag = '"0"';
  let served = 0;
  let chunked = false;
  const requests: PackServer['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ method: req.method ?? '', ...(ifNoneMatch ? { ifNoneMatch } : {}) });
    if (cors !== 'none') res.setHeader('Access-Control-Allow-Origin', '*');
    if (cors !== 'none') res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    if (req.method === 'OPTIONS' && cors !== 'full') return void res.writeHead(405).end();
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since', 'Access-Control-Allow-Methods': 'GET' });
      return void res.end();
    }
    // Nothing served yet: a host where leadership has not uploaded the pack.
    if (req.url !== '/pack.json' || !body) return void res.writeHead(404).end();
    if (ifNoneMatch === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag });
    if (!chunked) return void res.end(body);
    // Written in pieces without a Content-Length, Node sends Transfer-Encoding: chunked.
    const CHUNK = 64 * 1024;
    for (let i = 0; i < body.length; i += CHUNK) res.write(body.slice(i, i + CHUNK));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/pack.json`,
    serve(next, options = {}) {
      body = next;
      chunked = options.chunked ?? false;
      etag = `"${++served}"`;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
