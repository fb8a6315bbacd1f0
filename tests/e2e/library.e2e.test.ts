import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import type { DownloadingBrowser } from './downloads';
import { launchChromiumWithDownloads, launchFirefoxWithDownloads } from './downloads';
import type { FixtureServer } from './server';
import { startFixtureServer } from './server';
import { SCREENSHOTS } from './paths';
import { closeTab, openTab, waitForTabLoaded, waitUntil } from './extension-calls';
import type { PageGlobals } from './page-api';
import { readArticle } from './reader-page';
import { chooseImportFile, readLibrary, search, waitForItems } from './library-page';

const LAUNCHERS = { chromium: launchChromiumWithDownloads, firefox: launchFirefoxWithDownloads } as const;
const SEED = 'ar-seed-wordpress';
const SEED_TITLE_START = 'التنسيق العراقي السوري التركي';
const ENGLISH_TITLE = 'Harbour town opens a tidal power station built by its own residents';
const POPUP_SIZE = { width: 460, height: 600 };
const PAGE_SIZE = { width: 1100, height: 800 };

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s: the library', (name) => {
  let browser: DownloadingBrowser;
  let server: FixtureServer;
  let control: TestPage;
  let library: TestPage;
  let seedId = '';
  let exported = '';
  const opened: number[] = [];
  let launchError: unknown = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    try {
      browser = await LAUNCHERS[name]();
      control = await openPage('/reader.html?tabId=none');
    } catch (error) {
      launchError = error;
    }
  }, 60_000);

  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function shot(label: string): string {
    return path.join(SCREENSHOTS, `${name}-library-${label}.png`);
  }

  /**
   * Firefox's remote agent can fail a wait while the new tab is still navigating (a BiDi protocol
   * error from inside the agent, not the page's doing, seen on a loaded machine): one more try.
   */
  async function openPage(pathAndQuery: string): Promise<TestPage> {
    try {
      return await browser.openExtensionPage(pathAndQuery);
    } catch (error) {
      if (name !== 'firefox' || !String(error).includes('Protocol error')) throw error;
      return browser.openExtensionPage(pathAndQuery);
    }
  }

  async function saveFromPopup(url: string): Promise<TestPage> {
    const tabId = await openTab(control, url);
    opened.push(tabId);
    await waitForTabLoaded(control, tabId);
    const popup = await openPage(`/popup.html?tabId=${tabId}`);
    await popup.resize(POPUP_SIZE.width, POPUP_SIZE.height);
    await popup.waitFor('[data-testid="article"]');
    await popup.waitFor('[data-testid="save-article"][data-state="unsaved"]');
    await popup.click('[data-testid="save-article"]');
    await popup.waitFor('[data-testid="save-article"][data-state="saved"]');
    return popup;
  }

  async function libraryTabs(): Promise<number> {
    return control.evaluate(async (origin: string) => {
      const globals = globalThis as PageGlobals & {
        browser?: { tabs: { query(q: object): Promise<{ url?: string }[]> } };
        chrome?: { tabs: { query(q: object): Promise<{ url?: string }[]> } };
      };
      const tabs = await (globals.browser ?? globals.chrome)?.tabs.query({});
      return (tabs ?? []).filter((tab) => tab.url === `${origin}/library.html`).length;
    }, browser.extensionOrigin);
  }

  it('saves an Arabic and an English article from the popup; saving again does not duplicate', async () => {
    const popup = await saveFromPopup(server.fixtureUrl(SEED));
    await popup.screenshot(shot('popup-saved'));
    const label = await popup.evaluate(
      () => document.querySelector('[data-testid="save-article"]')?.textContent ?? '',
      null,
    );
    expect(label).toBe('✓ Saved');
    // Saved again: the same entry is updated.
    await popup.click('[data-testid="save-article"]');
    await popup.waitFor('[data-testid="save-article"][data-state="saved"]');
    const before = await libraryTabs();
    await popup.click('[data-testid="open-library"]');
    await waitUntil(libraryTabs, (count) => count === before + 1, 'the library tab to open from the popup');
    (await saveFromPopup(server.e2ePageUrl('en-article'))).close().catch(() => undefined);

    library = await openPage('/library.html');
    await library.resize(PAGE_SIZE.width, PAGE_SIZE.height);
    // The space used is read after the list is shown (an estimate the browser answers later).
    const view = await waitUntil(
      () => readLibrary(library),
      (shown) => shown.ids.length === 2 && shown.usage !== '',
      'the two saved articles and the space they use',
    );
    expect(view.titles).toEqual([ENGLISH_TITLE, expect.stringContaining(SEED_TITLE_START) as string]);
    expect(view.count).toBe('2 articles');
    expect(view.usage).toMatch(/^Space used: [\d.,]+\s?kB/);
    seedId = view.ids[1] ?? '';
  });

  it.each([
    ['no hamza, heh for teh marbuta', 'اعاده'],
    ['with diacritics and the conjunction', 'وَالإِعَادَة'],
    ['tatweel and alef maqsura spelled out', 'مـخـيـم الهول'],
  ])('finds the Arabic article by a search with %s', async (_label, query) => {
    const view = await search(library, query);
    expect(view.titles).toEqual([expect.stringContaining(SEED_TITLE_START) as string]);
  });

  it('searches the full text once indexed, and English without case', async () => {
    await waitUntil(
      () => readLibrary(library),
      (view) => view.indexing === 'false',
      'the full text to be indexed',
    );
    // Only in the body: "أكد وزير الخارجية العراقي", typed without hamza and with ه for ة.
    expect((await search(library, 'اكد وزير الخارجيه')).titles).toEqual([
      expect.stringContaining(SEED_TITLE_START) as string,
    ]);
    expect((await search(library, 'TIDAL pow')).titles).toEqual([ENGLISH_TITLE]);
    expect((await search(library, 'zeppelin')).titles).toEqual([]);
    await search(library, 'الإعادة');
    await library.screenshot(shot('search'));
    await search(library, '');
    await library.screenshot(shot('list'));
  });

  it('opens a saved article offline: the web server stopped, the page closed', async () => {
    await server.close();
    for (const tabId of opened.splice(0)) await closeTab(control, tabId).catch(() => undefined);
    const reader = await openPage(`/reader.html?id=${seedId}`);
    await reader.waitFor('[data-testid="article"]');
    const view = await readArticle(reader);
    expect(view.title).toContain(SEED_TITLE_START);
    expect(view.text).toContain('أكد وزير الخارجية العراقي');
    expect(view.dir).toBe('rtl');
    // The tab's title follows the article once the view has rendered it (an effect after the paint).
    await waitUntil(
      () => reader.evaluate(() => document.title, null),
      (title) => title.includes(SEED_TITLE_START),
      'the tab title to be the article title',
    );
    await reader.waitFor('[data-testid="save-article"][data-state="saved"]');
    await reader.screenshot(shot('reader-offline'));

    // Where one stopped reading is kept, and the article reopens there.
    await reader.resize(800, 500);
    const scrolledTo = await reader.evaluate(() => {
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: scrollable / 2, behavior: 'instant' });
      window.dispatchEvent(new Event('scroll'));
      return scrollable;
    }, null);
    expect(scrolledTo).toBeGreaterThan(500);
    // Past the pause after which the position is written. (A write begun as the tab closes is not
    // sure to finish, so closing at once is left to the unit tests of the hook.)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await reader.close();
    const reopened = await openPage(`/reader.html?id=${seedId}`);
    await reopened.resize(800, 500);
    await reopened.waitFor('[data-testid="article"]');
    const fraction = await waitUntil(
      () =>
        reopened.evaluate(
          () => window.scrollY / (document.documentElement.scrollHeight - window.innerHeight),
          null,
        ),
      // Left at one half; restored as a fraction of the page at its first size, hence the margin.
      (value) => value > 0.2,
      'the article to reopen where it was left',
    );
    expect(fraction).toBeLessThan(0.8);
    await reopened.close();
  });

  it('deletes an article and brings it back with Undo', async () => {
    await library.click(`[data-testid="library-item"][data-id="${seedId}"] [data-testid="library-delete"]`);
    const afterDelete = await waitForItems(library, 1, 'the deletion');
    expect(afterDelete.titles).toEqual([ENGLISH_TITLE]);
    expect(afterDelete.toast?.text).toBe('Deleted 1 article(s).');
    await library.click('[data-testid="library-undo"]');
    const restored = await waitForItems(library, 2, 'the undo');
    expect(restored.ids).toContain(seedId);
  });

  it('exports the library as JSON and one article as Markdown', async () => {
    const json = await browser.downloadFrom(library, '[data-testid="library-export-json"]');
    expect(json.name).toMatch(/^qari-library-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text) as {
      format: string;
      version: number;
      articles: { id: string; html: string }[];
    };
    expect(file.format).toBe('qari-library');
    expect(file.version).toBe(1);
    expect(file.articles.map((article) => article.id)).toContain(seedId);
    expect(file.articles.find((article) => article.id === seedId)?.html).toContain(
      'أكد وزير الخارجية العراقي',
    );
    exported = json.text;

    await library.click(`[data-testid="library-item"][data-id="${seedId}"] [data-testid="library-select"]`);
    await library.waitFor('[data-testid="library-selection"]');
    const markdown = await browser.downloadFrom(library, '[data-testid="library-export-md"]');
    expect(markdown.name).toMatch(/^التنسيق-العراقي-السوري-التركي.*\.md$/);
    expect(markdown.text).toMatch(new RegExp(`^# ${SEED_TITLE_START}`));
    expect(markdown.text).toContain('أكد وزير الخارجية العراقي');
  });

  it('deletes everything after a confirmation, refuses a foreign file, then imports the export back', async () => {
    await library.click('[data-testid="library-delete-all"]');
    await library.waitFor('[data-testid="library-confirm-delete-all"]');
    await library.screenshot(shot('delete-all-confirm'));
    await library.click('[data-testid="library-confirm-delete-all"]');
    await waitUntil(
      () => readLibrary(library),
      (view) => view.empty,
      'the empty library',
    );

    await chooseImportFile(library, 'bookmarks.json', JSON.stringify({ bookmarks: [] }));
    const refused = await waitUntil(
      () => readLibrary(library),
      (view) => view.toast?.kind === 'error',
      'the refusal',
    );
    expect(refused.toast?.text).toBe('This file is not a Qari library export. Your library was not changed.');
    expect(refused.empty).toBe(true);

    await chooseImportFile(library, 'qari-library.json', exported);
    const imported = await waitForItems(library, 2, 'the import');
    expect(imported.toast?.text).toBe('Imported: 2 added, 0 updated, 0 already there.');
    expect(imported.ids).toContain(seedId);
    expect((await search(library, 'الاعادة')).ids).toEqual([seedId]);
    const reader = await openPage(`/reader.html?id=${seedId}`);
    await reader.waitFor('[data-testid="article"]');
    expect((await readArticle(reader)).title).toContain(SEED_TITLE_START);
    await reader.close();

    const missing = await openPage('/reader.html?id=no-such-article');
    await missing.waitFor('[data-testid="status"][data-state="not-saved"]');
    expect((await readArticle(missing)).pageText).toContain('This article is no longer in your library.');
    await missing.close();
  });
});

describe('chromium in Arabic: the library', () => {
  let browser: DownloadingBrowser;
  let server: FixtureServer;
  let launchError: unknown = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    try {
      browser = await launchChromiumWithDownloads({ uiLanguage: 'ar' });
    } catch (error) {
      launchError = error;
    }
  }, 60_000);

  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lays the library out right to left with Arabic strings', async () => {
    const control = await browser.openExtensionPage('/reader.html?tabId=none');
    for (const url of [
      server.fixtureUrl(SEED),
      server.e2ePageUrl('en-article'),
      server.fixtureUrl('ar-mixed-english'),
    ]) {
      const tabId = await openTab(control, url);
      await waitForTabLoaded(control, tabId);
      const popup = await browser.openExtensionPage(`/popup.html?tabId=${tabId}`);
      await popup.waitFor('[data-testid="save-article"][data-state="unsaved"]');
      await popup.click('[data-testid="save-article"]');
      await popup.waitFor('[data-testid="save-article"][data-state="saved"]');
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid="save-article"]')?.textContent, null),
      ).toBe('✓ محفوظ');
      await popup.close();
    }
    const library = await browser.openExtensionPage('/library.html');
    await library.resize(PAGE_SIZE.width, PAGE_SIZE.height);
    const view = await waitForItems(library, 3, 'the three saved articles');
    expect(view.dir).toBe('rtl');
    expect(view.lang).toBe('ar');
    expect(view.count).toBe('عدد المقالات: 3');
    await library.click('[data-testid="library-tag-input"]');
    await library.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-tag-input"]');
      if (!input) return;
      input.value = 'سياسة';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, null);
    // Enter, once the typed text is on screen.
    await library.evaluate(() => {
      document.querySelector<HTMLInputElement>('[data-testid="library-tag-input"]')?.form?.requestSubmit();
    }, null);
    await library.waitFor('[data-testid="library-tag"]');
    await library.screenshot(path.join(SCREENSHOTS, 'chromium-ar-library-list.png'));
    const found = await search(library, 'سراج');
    expect(found.titles).toEqual([expect.stringContaining('«سراج» تجمع') as string]);
  });
});
