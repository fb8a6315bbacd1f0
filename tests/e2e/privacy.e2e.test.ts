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

/**
 * A whole session (detection, the popup, the reader tab, saving, the library's search and export) with every request recorded that the
 * extension's pages and (Chromium) its service worker make: none may go anywhere but the article's
 * own image. Recorded by the browser (Playwright/CDP in Chromium, pages and service worker; in
 * Firefox, BiDi network events, which do not report moz-extension pages) and, for both, by the test
 * server itself (every request to 127.0.0.1; the machine has no other network).
 */
const LAUNCHERS = { chromium: launchChromiumWithDownloads, firefox: launchFirefoxWithDownloads } as const;
const IMAGE_PATH = '/e2e/harbour-photo.png';

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s', (name) => {
  let browser: DownloadingBrowser;
  let servers: SecurityServers;
  let control: TestPage;
  let launchError: unknown = null;

  beforeAll(async () => {
    try {
      servers = await startSecurityServers({ scripted: path.join(import.meta.dirname, 'security/pages') });
      browser = await LAUNCHERS[name]();
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
  });
});
