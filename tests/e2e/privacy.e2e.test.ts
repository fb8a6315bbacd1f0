import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { openTab, toolbarOf, waitForTabLoaded, waitUntil } from './extension-calls';
import type { SecurityServers } from './security/server';
import { startSecurityServers } from './security/server';
import { openInView, readView } from './security/views';

/**
 * A whole session (detection, the popup, the reader tab) with every request recorded that the
 * extension's pages and (Chromium) its service worker make: none may go anywhere but the article's
 * own image. Recorded by the browser (Playwright/CDP in Chromium, BiDi network events in Firefox)
 * and, for both, by the test server itself.
 */
const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;
const IMAGE_PATH = '/e2e/harbour-photo.png';

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s', (name) => {
  let browser: ExtensionBrowser;
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

  it('requests nothing but the article’s own image while detecting and reading', async () => {
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
    await view.close();

    const fromPages = browser.requests.filter((request) => !request.url.startsWith(browser.extensionOrigin));
    expect(fromPages.map((request) => [request.url, request.type])).toEqual(
      fromPages.map(() => [`${servers.pageOrigin}${IMAGE_PATH}`, 'image']),
    );
    // Not a vacuous pass: the recorder saw the view load the article's image.
    expect(fromPages.length).toBeGreaterThan(0);
    // What reached the server after the page itself had loaded: only that image.
    const afterLoad = servers.pageRequests.slice(pageLoad);
    expect(afterLoad.map((request) => request.path)).toEqual(afterLoad.map(() => IMAGE_PATH));
    expect(afterLoad.map((request) => request.dest)).toEqual(afterLoad.map(() => 'image'));
    expect(servers.hits).toEqual([]);
  });
});
