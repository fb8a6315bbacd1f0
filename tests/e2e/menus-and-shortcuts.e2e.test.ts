import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from './suite';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { closeTab, toolbarShows, waitUntil } from './extension-calls';
import { readLibrary } from './library-page';

/**
 * "Read in Qari" and "Save to Qari" in the page's context menu, and their shortcuts (Alt+Shift+Q,
 * Alt+Shift+S). Headless browsers deliver neither menu clicks nor browser shortcuts to an
 * extension, so in Chromium the test hands the service worker the very event the browser sends
 * (`contextMenus.onClicked`, `commands.onCommand`, with the real tab) and checks what the reader
 * then sees: a reader tab with the article, a ★ on the toolbar, the article in the library. In
 * both browsers it checks that the menu entries and shortcuts are registered with the browser.
 */
const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;
const ENGLISH_TITLE = 'Harbour town opens a tidal power station built by its own residents';
const SEED_TITLE_START = 'التنسيق العراقي السوري التركي';
const ARTICLE_TOOLTIP = 'Qari: this page is an article. Click to read it.';

/** The extension APIs the evaluated functions use, typed here: they run serialized, in the browser. */
interface MenuApi {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  contextMenus: { update(id: string, properties: Record<string, never>): Promise<void> | void };
  runtime: { lastError?: { message?: string } };
  tabs: {
    get(id: number): Promise<unknown>;
    query(query: { url: string }): Promise<{ id?: number; url?: string }[]>;
  };
}
interface EventApi {
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  tabs: { get(id: number): Promise<unknown> };
}
type ApiGlobals = typeof globalThis & { browser?: MenuApi; chrome?: MenuApi };

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s: menus and shortcuts', (name) => {
  const suite = useExtensionSuite(() => LAUNCHERS[name]());

  it('registers "Read in Qari", "Save to Qari" and the two shortcuts with the browser', async () => {
    const registered = await suite.control.evaluate(async () => {
      const globals = globalThis as ApiGlobals;
      const api = globals.browser ?? globals.chrome;
      if (!api) throw new Error('no extension API');
      const exists = async (id: string): Promise<boolean> => {
        try {
          // Updating an entry that does not exist fails; with no change it is a pure lookup.
          await api.contextMenus.update(id, {});
          return !api.runtime.lastError;
        } catch {
          return false;
        }
      };
      const commands = await api.commands.getAll();
      return {
        shortcuts: Object.fromEntries(
          commands.map((command) => [command.name ?? '', command.shortcut ?? '']),
        ),
        menus: {
          'read-in-qari': await exists('read-in-qari'),
          'save-to-qari': await exists('save-to-qari'),
          'no-such-entry': await exists('no-such-entry'),
        },
      };
    }, null);
    expect(registered.shortcuts).toMatchObject({
      'open-reader': 'Alt+Shift+Q',
      'save-article': 'Alt+Shift+S',
    });
    expect(registered.menus).toEqual({ 'read-in-qari': true, 'save-to-qari': true, 'no-such-entry': false });
  });

  if (name !== 'chromium') return;

  /** Hands the service worker a click on a menu entry, or a shortcut, for the tab `tabId`. */
  async function deliver(event: { menu: string } | { command: string }, tabId: number): Promise<void> {
    if (!suite.browser.inBackground) throw new Error('no way into the background');
    await suite.browser.inBackground(
      async ({ event, tabId }: { event: { menu: string } | { command: string }; tabId: number }) => {
        const api = (globalThis as typeof globalThis & { chrome: EventApi }).chrome;
        const tab = await api.tabs.get(tabId);
        if ('menu' in event) {
          api.contextMenus.onClicked.dispatch({ menuItemId: event.menu, editable: false }, tab);
        } else {
          api.commands.onCommand.dispatch(event.command, tab);
        }
      },
      { event, tabId },
    );
  }

  const openArticle = (path: string): Promise<number> => suite.loadPage(`${suite.server.origin}${path}`);

  /** The reader tabs open for `tabId`. */
  function readerTabsFor(tabId: number): Promise<number[]> {
    return suite.control.evaluate(async (id: number) => {
      const globals = globalThis as ApiGlobals;
      const api = globals.browser ?? globals.chrome;
      const tabs = (await api?.tabs.query({ url: `${location.origin}/reader.html*` })) ?? [];
      return tabs.filter((tab) => tab.url?.endsWith(`?tabId=${id}`)).map((tab) => tab.id ?? -1);
    }, tabId);
  }

  it.each([
    ['the "Read in Qari" menu entry', { menu: 'read-in-qari' }],
    ['Alt+Shift+Q', { command: 'open-reader' }],
  ] as const)('%s opens the reading view of the page in a tab of its own', async (_label, event) => {
    const tabId = await openArticle('/e2e/en-article.html');
    await deliver(event, tabId);
    const [readerTab] = await waitUntil(
      () => readerTabsFor(tabId),
      (tabs) => tabs.length === 1,
      'a reader tab for the page',
    );
    const reader = await suite.browser.openExtensionPage(`/reader.html?tabId=${tabId}`);
    await reader.waitFor('[data-testid="article-title"]');
    const title = await reader.evaluate(
      () => document.querySelector('[data-testid="article-title"]')?.textContent ?? '',
      null,
    );
    expect(title).toBe(ENGLISH_TITLE);
    await reader.close();
    await closeTab(suite.control, readerTab as number);
  });

  it.each([
    ['the "Save to Qari" menu entry', { menu: 'save-to-qari' }, '/e2e/en-article.html', ENGLISH_TITLE],
    ['Alt+Shift+S', { command: 'save-article' }, '/fixtures/ar-seed-wordpress/', SEED_TITLE_START],
  ] as const)(
    '%s saves the page: ★ on the toolbar, the article in the library',
    async (_label, event, path, title) => {
      const tabId = await openArticle(path);
      // The ★ lasts a few seconds; the page's own detection answering after it would hide it.
      await toolbarShows(suite.control, tabId, { badge: '✓', title: ARTICLE_TOOLTIP });
      await deliver(event, tabId);
      await toolbarShows(suite.control, tabId, { badge: '★', title: 'Qari: saved to your library.' });
      const library = await suite.browser.openExtensionPage('/library.html');
      const shown = await waitUntil(
        () => readLibrary(library),
        (view) => view.titles.some((shownTitle) => shownTitle.startsWith(title)),
        `"${title}" in the library`,
      );
      expect(shown.titles.filter((shownTitle) => shownTitle.startsWith(title))).toHaveLength(1);
      await library.close();
    },
  );
});
