import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import type { DownloadingBrowser } from './downloads';
import { launchChromiumWithDownloads, launchFirefoxWithDownloads } from './downloads';
import { chooseImportFile, readLibrary } from './library-page';
import { OUTPUT } from './paths';
import { manifestOf, navigateTab, openTab, toolbarOf, waitUntil } from './extension-calls';
import type { GeneratedPage } from './security/corpus';
import { generateVectorPages, loadVectors } from './security/corpus';
import type { BeaconHit, SecurityServers } from './security/server';
import { startSecurityServers } from './security/server';
import type { ViewSnapshot } from './security/views';
import { evaluateCheck, openInView, readView } from './security/views';

/**
 * Every public XSS vector (tests/e2e/security/vendor), embedded by the corpus generator in a real
 * article page at every location (title, meta tags, JSON-LD, byline, image attributes, body), read
 * in the popup and in the reader tab of real Chromium and Firefox, saved to the library from the
 * reader tab; then the library page, the JSON export, an import of it into the emptied library, and
 * every imported article opened from the library. After each step: nothing of the page ran
 * (`window.__xss`), nothing reached the beacon server, no dialog opened, the view did not navigate,
 * no clobbering took effect, and the article (or the library) is there.
 */
const LAUNCHERS = { chromium: launchChromiumWithDownloads, firefox: launchFirefoxWithDownloads } as const;
const VECTORS = loadVectors();
const VIEWS = ['popup', 'reader'] as const;
/**
 * Event handlers (a failed image's onerror, autofocus, animations) fire within this after render;
 * local images fail at once (the beacon answers 204, other hosts do not resolve).
 */
const SETTLE_MS = 60;

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s', (name) => {
  let browser: DownloadingBrowser;
  let servers: SecurityServers;
  let control: TestPage;
  /** The one extension page that shows each view in turn (`popup.html`, `reader.html`). */
  let viewPage: TestPage;
  let articleTab: number;
  const pages = new Map<string, GeneratedPage>();
  const outDir = path.join(OUTPUT, `security-${name}`);
  let openings = 0;
  let locationsChecked = 0;
  let launchError: unknown = null;

  beforeAll(async () => {
    try {
      servers = await startSecurityServers({
        xss: outDir,
        scripted: path.join(import.meta.dirname, 'security/pages'),
      });
      for (const page of generateVectorPages(outDir, servers.beaconOrigin)) pages.set(page.id, page);
      browser = await LAUNCHERS[name]();
      control = await browser.openExtensionPage('/reader.html?tabId=none');
      articleTab = await openTab(control, `${servers.pageOrigin}/xss/control.html`);
      viewPage = await browser.openExtensionPage('/popup.html?tabId=none');
    } catch (error) {
      launchError = error;
    }
  }, 90_000);

  // A browser that cannot launch FAILS every test (a failed beforeAll would only skip them).
  beforeEach(() => {
    if (launchError) throw launchError;
  });

  /** Ids of the saved articles, as the export lists them. */
  let savedIds: string[] = [];

  /** Saves the article shown in the reader tab to the library, as the user's click would. */
  async function saveToLibrary(page: TestPage): Promise<void> {
    await page.waitFor('[data-testid="save-article"]:not([data-state="unknown"])');
    await page.click('[data-testid="save-article"]');
    await page.waitFor('[data-testid="save-article"][data-state="saved"]');
  }

  /** Opens the library page in the view page and checks it like a reading view. */
  async function readLibraryStep(url: string) {
    await viewPage.evaluate((address: string) => location.replace(address), url).catch(() => undefined);
    await waitUntil(
      () =>
        viewPage
          .evaluate(
            (address: string) =>
              location.href === address && document.querySelector('[data-testid="library-item"]') !== null,
            url,
          )
          .catch(() => false),
      (ready) => ready,
      'the library page',
    );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const state = await viewPage.evaluate(
      () => ({
        href: location.href,
        xss: (window as unknown as { __xss?: unknown }).__xss,
        live: document.querySelectorAll(
          '.library script, .library iframe, .library img[onerror], .library svg',
        ).length,
      }),
      null,
    );
    openings++;
    expect(state).toEqual({ href: url, xss: undefined, live: 0 });
    expect(viewPage.dialogs).toEqual([]);
    return readLibrary(viewPage);
  }

  /** Waits until the library page lists `count` articles (loaded, not only rendered rows). */
  async function libraryHolds(count: number, what: string): Promise<void> {
    await waitUntil(
      () => readLibrary(viewPage),
      (view) => view.shown === count,
      what,
    );
  }

  /**
   * Beacon hits that Qari made. The host page is the attacker's own: its `<meta refresh>` may
   * navigate its tab to the beacon (the browser sends the page as referrer), which is no concern of
   * Qari's; everything else that reaches the beacon came from an extension page.
   */
  function qariHits(hits: readonly BeaconHit[]): BeaconHit[] {
    return hits.filter((hit) => !hit.referer.startsWith(`${servers.pageOrigin}/`));
  }

  afterAll(async () => {
    const figure = `${name}: ${pages.size} vectors, ${locationsChecked} vector×location×view checks in ${openings} openings`;
    console.log(figure);
    await browser?.close();
    await servers?.close();
  });

  it('keeps a strict content security policy on its own pages', async () => {
    const manifest = await manifestOf(control);
    const declared = manifest.content_security_policy as string | { extension_pages?: string } | undefined;
    const policy = typeof declared === 'string' ? declared : (declared?.extension_pages ?? '');
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.trim();
    expect(scriptSrc).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:\/\/[^\s;]*\s*;?\s*$/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(policy).toMatch(/connect-src 'none'/);
    // The policy is enforced: inline script and handlers put into the reader page do not run.
    const ran = await control.evaluate(async () => {
      const holder = document.createElement('div');
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      const image = document.createElement('img');
      image.setAttribute('src', 'data:,x');
      image.setAttribute('onerror', 'window.__handlerRan = true');
      holder.append(script, image);
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      holder.remove();
      const globals = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      return { inline: globals.__inlineRan ?? false, handler: globals.__handlerRan ?? false };
    }, null);
    expect(ran).toEqual({ inline: false, handler: false });
  });

  it.each(VECTORS.map((vector) => [vector.id, vector.category] as const))(
    '%s (%s): read in the popup and the reader tab, nothing of the page runs, loads or navigates',
    async (id) => {
      const page = pages.get(id);
      if (!page) throw new Error(`no page generated for ${id}`);
      const hitsBefore = servers.hits.length;
      await navigateTab(control, articleTab, `${servers.pageOrigin}/xss/${path.basename(page.file)}`);
      // One after the other in one page, the browser's active tab: Firefox throttles a background
      // tab's frames and timers, which Preact's effects wait for.
      const results = [];
      for (const view of VIEWS) {
        results.push(
          await (async () => {
            const target = `${browser.extensionOrigin}/${view}.html?tabId=${articleTab}&vector=${id}`;
            await openInView(viewPage, target);
            await readView(viewPage);
            await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
            const after: ViewSnapshot = await readView(viewPage);
            const clobbered = page.check ? await evaluateCheck(viewPage, page.check) : false;
            if (view === 'reader') await saveToLibrary(viewPage);
            return { view, target, after, clobbered };
          })(),
        );
      }
      for (const { view, target, after, clobbered } of results) {
        openings++;
        locationsChecked += Object.keys(page.markers).length;
        expect(after.xss, `${view}: window.__xss`).toBeUndefined();
        expect(after.href, `${view} navigated`).toBe(target);
        expect(after.articleShown, `${view}: ${after.state} ${after.pageText.slice(0, 200)}`).toBe(true);
        expect(after.textLength).toBeGreaterThan(500);
        expect(after.forbidden, `${view}: elements that load or run`).toEqual([]);
        expect(after.selfLinks, `${view}: links that navigate the view`).toBe(0);
        expect(clobbered, `${view}: clobbering check ${page.check}`).toBe(false);
        expect(viewPage.dialogs, `${view}: dialogs`).toEqual([]);
      }
      expect(qariHits(servers.hits.slice(hitsBefore)), 'requests of Qari that reached the beacon').toEqual(
        [],
      );
    },
    30_000,
  );

  it('shows the library of every saved vector page, exports it, and imports it back into an empty library', async () => {
    const libraryUrl = `${browser.extensionOrigin}/library.html`;
    const before = await readLibraryStep(libraryUrl);
    expect(before.ids.length).toBeGreaterThan(0);
    const exported = await browser.downloadFrom(viewPage, '[data-testid="library-export-json"]');
    const file = JSON.parse(exported.text) as { articles: { id: string; html: string }[] };
    savedIds = file.articles.map((article) => article.id);
    expect(savedIds.length).toBeGreaterThan(0);
    // The library shows every article the export holds. Counted as the list holds them, not as rows
    // rendered (trimmed to the screen a frame after the first render); the list loads its first
    // screenful before the rest, so it is waited for.
    await libraryHolds(savedIds.length, 'the whole library before the export');
    // What the export holds was sanitized: nothing in it could run or load when read back.
    const window = new JSDOM('').window;
    for (const article of file.articles) {
      const body = new window.DOMParser().parseFromString(article.html, 'text/html').body;
      const handlers = Array.from(body.querySelectorAll('*')).filter((element) =>
        Array.from(element.attributes).some((attribute) => /^on/i.test(attribute.name)),
      );
      expect(
        body.querySelectorAll('script, style, iframe, object, embed, form, svg, base, meta, link').length,
      ).toBe(0);
      expect(handlers.length).toBe(0);
    }
    await viewPage.click('[data-testid="library-delete-all"]');
    await viewPage.waitFor('[data-testid="library-confirm-delete-all"]');
    await viewPage.click('[data-testid="library-confirm-delete-all"]');
    await waitUntil(
      () => readLibrary(viewPage),
      (view) => view.empty,
      'the emptied library',
    );
    await chooseImportFile(viewPage, exported.name, exported.text);
    await libraryHolds(savedIds.length, 'the import');
    await readLibraryStep(`${libraryUrl}?after=import`);
    await libraryHolds(savedIds.length, 'the imported library, reopened');
    expect(qariHits(servers.hits)).toEqual([]);
  }, 120_000);

  it('opens every imported article from the library: nothing of the page runs, loads or navigates', async () => {
    expect(savedIds.length).toBeGreaterThan(0);
    for (const id of savedIds) {
      const target = `${browser.extensionOrigin}/reader.html?id=${encodeURIComponent(id)}`;
      await openInView(viewPage, target);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const view = await readView(viewPage);
      openings++;
      expect(view.xss, `${id}: window.__xss`).toBeUndefined();
      expect(view.href, `${id} navigated`).toBe(target);
      expect(view.articleShown, `${id}: ${view.state}`).toBe(true);
      expect(view.forbidden, `${id}: elements that load or run`).toEqual([]);
      expect(view.selfLinks, `${id}: links that navigate the view`).toBe(0);
    }
    expect(viewPage.dialogs).toEqual([]);
    expect(qariHits(servers.hits)).toEqual([]);
  }, 180_000);

  it('made no request to the beacon, opened no dialog, and loaded nothing but images', () => {
    expect(qariHits(servers.hits)).toEqual([]);
    expect([control, viewPage].flatMap((page) => page.dialogs)).toEqual([]);
    const beacon = browser.requests.filter((request) => request.url.startsWith(servers.beaconOrigin));
    expect(beacon).toEqual([]);
    const leaving = browser.requests.filter(
      (request) => !request.url.startsWith(browser.extensionOrigin) && !request.url.startsWith('data:'),
    );
    expect(leaving.filter((request) => request.type !== 'image')).toEqual([]);
    // Each vector in two views, the library page before and after the import, every imported article.
    expect(openings).toBe(VECTORS.length * VIEWS.length + 2 + savedIds.length);
  });

  it('ignores forged messages from the page: the toolbar keeps its own answer', async () => {
    const id = /[^/]+$/.exec(browser.extensionOrigin)?.[0] ?? '';
    const forger = await openTab(control, `${servers.pageOrigin}/e2e/forged-messages.html?extension=${id}`);
    const toolbar = await waitUntil(
      () => toolbarOf(control, forger),
      (state) => state.title !== 'Qari — reader view',
      'the detection of the forging page',
    );
    expect(toolbar).toEqual({ badge: '', title: 'Qari: no article detected on this page.' });
    // The page keeps posting for a second after load; the answer must not change meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await toolbarOf(control, forger)).toEqual(toolbar);
  });
});
