import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import type { DownloadingBrowser } from './downloads';
import { launchChromiumWithDownloads, launchFirefoxWithDownloads } from './downloads';
import { search, waitForItems } from './library-page';
import { openTab, toolbarOf, waitForTabLoaded, waitUntil } from './extension-calls';
import type { SecurityServers } from './security/server';
import { startSecurityServers } from './security/server';
import { openInView, readView } from './security/views';
import type { RecordingProxy } from './recording-proxy';
import { startRecordingProxy } from './recording-proxy';

/**
 * A whole session (detection, the popup, the reader tab, saving, the library's search and export)
 * with every request recorded: none may go anywhere but the article's own image. Recorded by:
 * - Chromium: Playwright/CDP, every request of the extension's pages and its service worker;
 * - Firefox: a proxy the whole browser is pointed at, loopback included, so every request of every
 *   context (the extension's pages, its background page, the pages, Firefox itself) to any host
 *   (BiDi's network events do not report moz-extension pages, and not the background at all);
 * - both: the test server itself (every request that reached 127.0.0.1).
 */
const BROWSERS = ['chromium', 'firefox'] as const;
const IMAGE_PATH = '/e2e/harbour-photo.png';

/** The host of a proxied target: an absolute URL, or `host:port` of a tunnel. */
function hostOf(target: string): string {
  return target.includes('://') ? new URL(target).hostname : (target.split(':')[0] ?? '');
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: DownloadingBrowser;
  let servers: SecurityServers;
  /** Firefox only: Chromium's own services go through any proxy, and CDP covers its extension. */
  let proxy: RecordingProxy | null = null;
  let control: TestPage;
  let launchError: unknown = null;

  /** Every request of the record that went anywhere but the page server, as URL or host:port. */
  const requestsElsewhere = (): string[] =>
    proxy
      ? proxy.requests
          .map((request) => request.target)
          .filter((target) => !target.startsWith(`${servers.pageOrigin}/`))
      : browser.requests
          .map((request) => request.url)
          .filter(
            (url) => !url.startsWith(browser.extensionOrigin) && !url.startsWith(`${servers.pageOrigin}/`),
          );

  beforeAll(async () => {
    try {
      servers = await startSecurityServers({ scripted: path.join(import.meta.dirname, 'security/pages') });
      if (name === 'firefox') {
        proxy = await startRecordingProxy();
        browser = await launchFirefoxWithDownloads({ proxy: proxy.hostAndPort });
      } else {
        browser = await launchChromiumWithDownloads();
      }
      control = await browser.openExtensionPage('/reader.html?tabId=none');
    } catch (error) {
      launchError = error;
    }
  }, 90_000);

  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    await browser?.close();
    await servers?.close();
    await proxy?.close();
  });

  it('requests nothing but the article’s own image while detecting, reading, saving, searching and exporting', async () => {
    const article = `${servers.pageOrigin}/e2e/privacy-article.html`;
    const tab = await openTab(control, article);
    await waitForTabLoaded(control, tab);
    await waitUntil(
      () => toolbarOf(control, tab),
      (state) => state.badge === '✓',
      'the detection of the article',
    );
    const pageLoad = servers.pageRequests.length;
    const proxiedPageLoad = proxy?.requests.length ?? 0;
    const view = await browser.openExtensionPage('/popup.html?tabId=none');
    for (const page of ['popup', 'reader']) {
      await openInView(view, `${browser.extensionOrigin}/${page}.html?tabId=${tab}`);
      expect((await readView(view)).articleShown).toBe(true);
      // The article's image is in the view and has loaded (or failed) before the tally.
      await waitUntil(
        () =>
          view.evaluate(
            () =>
              Array.from(document.querySelectorAll('.article-body img')).every(
                (image) => (image as HTMLImageElement).complete,
              ),
            null,
          ),
        (done) => done,
        'the article image',
      );
    }
    // Save from the reader tab, find it in the library, export the library.
    await view.waitFor('[data-testid="save-article"]:not([data-state="unknown"])');
    await view.click('[data-testid="save-article"]');
    await view.waitFor('[data-testid="save-article"][data-state="saved"]');
    const library = `${browser.extensionOrigin}/library.html`;
    await view.evaluate((address: string) => location.replace(address), library).catch(() => undefined);
    await waitUntil(
      () => view.evaluate(() => location.pathname === '/library.html', null).catch(() => false),
      (ready) => ready,
      'the library page',
    );
    await waitForItems(view, 1, 'the saved article');
    expect((await search(view, 'tidal')).ids).toHaveLength(1);
    const exported = await browser.downloadFrom(view, '[data-testid="library-export-json"]');
    expect(exported.text).toContain('Harbour town opens a tidal power station');
    await view.close();

    const fromPages = browser.requests.filter((request) => !request.url.startsWith(browser.extensionOrigin));
    expect(fromPages.map((request) => [request.url, request.type])).toEqual(
      fromPages.map(() => [`${servers.pageOrigin}${IMAGE_PATH}`, 'image']),
    );
    // Not a vacuous pass: the recorder saw the view load the article's image. (Firefox's BiDi
    // network events do not cover moz-extension pages; there the server's own record is the proof.)
    if (browser.name === 'chromium') expect(fromPages.length).toBeGreaterThan(0);
    // What reached the server after the page itself had loaded: only that image, at least once.
    const afterLoad = servers.pageRequests.slice(pageLoad);
    expect(afterLoad.length).toBeGreaterThan(0);
    expect(afterLoad.map((request) => request.path)).toEqual(afterLoad.map(() => IMAGE_PATH));
    expect(afterLoad.map((request) => request.dest)).toEqual(afterLoad.map(() => 'image'));
    expect(servers.hits).toEqual([]);

    // Nothing, from any context, to any other host or port since the browser started.
    expect(requestsElsewhere()).toEqual([]);
    if (proxy) {
      // Firefox's whole-browser record: the page went through the proxy, and after it had loaded
      // only the image did.
      const image = `${servers.pageOrigin}${IMAGE_PATH}`;
      expect(proxy.requests.map((request) => request.target)).toContain(article);
      const proxiedAfterLoad = proxy.requests.slice(proxiedPageLoad).map((request) => request.target);
      expect(proxiedAfterLoad.length).toBeGreaterThan(0);
      expect(proxiedAfterLoad).toEqual(proxiedAfterLoad.map(() => image));
    }
  });

  it('the record catches a request to another host from the extension’s page and (Firefox) background', async () => {
    // The control of the record above. The extension's CSP lets images load from http:, so an
    // image is what its page could send out.
    const page = await browser.openExtensionPage('/reader.html?tabId=none');
    await page.evaluate((address: string) => {
      const image = document.createElement('img');
      image.src = address;
      document.body.append(image);
    }, 'http://page-control.invalid/probe.png');
    const expected = ['page-control.invalid'];
    if (browser.name === 'firefox') {
      // Firefox's background is a page: an image made in its document is its request.
      await page.evaluate(async (address: string) => {
        const runtime = (
          globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }
        ).browser.runtime;
        const background = await runtime.getBackgroundPage();
        const image = background.document.createElement('img');
        image.src = address;
        background.document.body.append(image);
      }, 'http://background-control.invalid/probe.png');
      expected.push('background-control.invalid');
    }
    // Chromium's background is a service worker: it can make no image and its CSP refuses fetch,
    // so no request can be asked of it; CDP records its requests above like the pages'.
    await waitUntil(
      async () => requestsElsewhere().map(hostOf),
      (hosts) => expected.every((host) => hosts.includes(host)),
      'the control requests in the record',
    );
    await page.close();
  });
});
