import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { E2E_PAGES, FIXTURE_PAGES } from './paths';

export interface FixtureServer {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** `/fixtures/<slug>/` → tests/fixtures/pages/<slug>/source.html */
  fixtureUrl(slug: string): string;
  /** `/e2e/<name>.html` → tests/e2e/pages/<name>.html */
  e2ePageUrl(name: string): string;
  close(): Promise<void>;
}

const SAFE_NAME = /^[a-z0-9-]+$/;

function fileFor(urlPath: string): string | null {
  const fixture = /^\/fixtures\/([^/]+)\/$/.exec(urlPath);
  if (fixture?.[1] && SAFE_NAME.test(fixture[1])) return path.join(FIXTURE_PAGES, fixture[1], 'source.html');
  const page = /^\/e2e\/([^/]+)\.html$/.exec(urlPath);
  if (page?.[1] && SAFE_NAME.test(page[1])) return path.join(E2E_PAGES, `${page[1]}.html`);
  return null;
}

/** Serves the fixture pages on 127.0.0.1 at a random port; nothing else is reachable. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fixtureUrl: (slug) => `${origin}/fixtures/${slug}/`,
    e2ePageUrl: (name) => `${origin}/e2e/${name}.html`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
