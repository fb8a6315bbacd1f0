import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Two servers on 127.0.0.1:
 * - the page server, for generated pages (`/xss/…` quiet: `script-src 'none'`, and no load
 *   outside its own origin, so the host page itself never reaches the beacon; `/hostile/…` with
 *   the content type each hostile page must be served with; `/e2e/…` scripted test pages);
 * - the beacon server, where every executed vector and every beacon sends its request
 *   (`XSS_BEACON_ORIGIN`). Any request it receives came from Qari's pages: the test counts them.
 */
export interface BeaconHit {
  url: string;
  dest: string;
  referer: string;
  origin: string;
}

export interface SecurityServers {
  pageOrigin: string;
  beaconOrigin: string;
  /** Every request the beacon server received, in order. */
  readonly hits: BeaconHit[];
  /** Every request the page server received (path and Sec-Fetch-Dest), in order. */
  readonly pageRequests: { path: string; dest: string }[];
  close(): Promise<void>;
}

/** The host page is the attacker's: it may not run script, nor load anything from another origin. */
export const QUIET_PAGE_CSP = "script-src 'none'; default-src 'self' 'unsafe-inline' data:";
/**
 * Hostile pages are big, not malicious: their own inline script (scripted shadow DOM) may run.
 * The host page loads no images itself (10,000 of them would take a minute to fail): what is
 * tested is Qari's reading of the page, where the article's images load lazily.
 */
export const HOSTILE_PAGE_CSP = "default-src 'self' 'unsafe-inline' data:; img-src data:";

export interface ServedFolders {
  /** Folder of make-pages.mjs's output (`/xss/<file>`). */
  xss?: string;
  /** Folder of make-hostile.mjs's output (`/hostile/<file>`) and its content types. */
  hostile?: { dir: string; contentTypes: Readonly<Record<string, string>> };
  /** Folder of hand-written scripted pages (`/e2e/<name>.html`), served without a CSP. */
  scripted?: string;
}

const SAFE_FILE = /^[A-Za-z0-9_.-]+$/;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

export async function startSecurityServers(folders: ServedFolders): Promise<SecurityServers> {
  const hits: BeaconHit[] = [];
  const pageRequests: { path: string; dest: string }[] = [];
  const beacon = createServer((request, response) => {
    hits.push({
      url: request.url ?? '',
      dest: header(request, 'sec-fetch-dest'),
      referer: header(request, 'referer'),
      origin: header(request, 'origin'),
    });
    response.writeHead(204, { 'cache-control': 'no-store' }).end();
  });
  const pages = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    pageRequests.push({ path: pathname, dest: header(request, 'sec-fetch-dest') });
    const [, folder, file] = /^\/(xss|hostile|e2e)\/(?:public\/)?([^/]+)$/.exec(pathname) ?? [];
    const notFound = () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (!folder || !file || !SAFE_FILE.test(file)) return notFound();
    let filePath: string | null = null;
    let headers: Record<string, string> = {};
    if (folder === 'xss' && folders.xss) {
      filePath = path.join(folders.xss, file.startsWith('control') ? '' : 'public', file);
      headers = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': QUIET_PAGE_CSP };
    } else if (folder === 'hostile' && folders.hostile) {
      const contentType = folders.hostile.contentTypes[file];
      if (!contentType) return notFound();
      filePath = path.join(folders.hostile.dir, file);
      headers = { 'content-type': contentType, 'content-security-policy': HOSTILE_PAGE_CSP };
    } else if (folder === 'e2e' && folders.scripted) {
      filePath = path.join(folders.scripted, file);
      headers = { 'content-type': file.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8' };
    }
    if (!filePath) return notFound();
    readFile(filePath).then(
      (body) => response.writeHead(200, { ...headers, 'cache-control': 'no-store' }).end(body),
      notFound,
    );
  });
  const [pageOrigin, beaconOrigin] = await Promise.all([listen(pages), listen(beacon)]);
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    pageOrigin,
    beaconOrigin,
    hits,
    pageRequests,
    close: async () => {
      await Promise.all([close(pages), close(beacon)]);
    },
  };
}
