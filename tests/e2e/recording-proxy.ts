import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the browser sent through the proxy: `GET http://…/path`, or `CONNECT host:port`. */
export interface ProxiedRequest {
  method: string;
  /** The absolute URL of a plain request, or `host:port` of a tunnel (https, wss). */
  target: string;
}

export interface RecordingProxy {
  /** `127.0.0.1:<port>`, what the browsers' proxy settings take */
  hostAndPort: string;
  /** Every request the browser sent, in order, whatever the context that made it. */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy the whole of Firefox is pointed at, loopback included, so that every request it
 * makes (pages, the extension's pages, its background page, the browser's own services) passes here
 * and is recorded. (Chromium is not proxied: its own services — updates, sign-in, time,
 * optimization hints — go through any proxy despite the flags that should stop them, and its CDP
 * record already covers every extension context, the service worker included.) Requests to 127.0.0.1 are passed on to the test servers;
 * anything else gets 502 (the machine has no other network) and tunnels are refused: a request to
 * another host is recorded, never served.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const target = incoming.url ?? '';
    requests.push({ method: incoming.method ?? '', target });
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') {
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('no network here');
      return;
    }
    const forwarded = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        method: incoming.method,
        path: url.pathname + url.search,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    incoming.pipe(forwarded);
  });
  server.on('connect', (incoming, socket) => {
    requests.push({ method: 'CONNECT', target: incoming.url ?? '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    hostAndPort: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that do the same (localhost is not proxied unless hijacking is allowed). */
export function firefoxProxyPrefs(hostAndPort: string): Record<string, string | number | boolean> {
  const [host, port] = hostAndPort.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host ?? '',
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host ?? '',
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': false,
  };
}
