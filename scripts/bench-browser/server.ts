import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The benchmark's pages from 127.0.0.1, as the browser would get them, except that the page's own
 * scripts never run (script-src 'none') and nothing outside this server loads (no network here:
 * a remote image or stylesheet must fail at once, not hang the page's load).
 */
export const BENCH_CSP = "script-src 'none'; default-src 'self' data: 'unsafe-inline'";

export interface PageServer {
  /** The address of the page served under `name`. */
  url(name: string): string;
  close(): Promise<void>;
}

/** Serves `pages` (name → HTML bytes; no charset given, so the page's own `<meta charset>` rules). */
export async function servePages(pages: ReadonlyMap<string, Buffer>): Promise<PageServer> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    const body = pages.get(name);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html',
        'content-security-policy': BENCH_CSP,
        'cache-control': 'no-store',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (name) => `${origin}/${encodeURIComponent(name)}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
