import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness';
import type { FixtureServer } from './server';
import { startFixtureServer } from './server';
import { closeTab, openTab, waitForTabLoaded } from './extension-calls';

/** What a suite's tests share; filled in before the first test runs. */
export interface ExtensionSuite {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** An extension page that the tests use to call the extension's APIs. */
  control: TestPage;
  /** Opens `url` in a new background tab, waits until it has loaded, and closes it after the suite. */
  loadPage(url: string): Promise<number>;
}

/**
 * The fixture server, the browser with the built extension and a control page, for one
 * `describe` block: launched before its tests, closed after them, with every tab `loadPage` opened.
 * A browser that cannot launch FAILS every test (a failed beforeAll would only skip them).
 */
export function useExtensionSuite(launch: () => Promise<ExtensionBrowser>): ExtensionSuite {
  const opened: number[] = [];
  let launchError: unknown = null;
  const suite = {
    async loadPage(url: string): Promise<number> {
      const tabId = await openTab(suite.control, url);
      opened.push(tabId);
      await waitForTabLoaded(suite.control, tabId);
      return tabId;
    },
  } as ExtensionSuite;

  beforeAll(async () => {
    suite.server = await startFixtureServer();
    try {
      suite.browser = await launch();
      suite.control = await suite.browser.openExtensionPage('/reader.html?tabId=none');
    } catch (error) {
      launchError = error;
    }
  }, 60_000);

  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    if (suite.control)
      for (const tabId of opened) await closeTab(suite.control, tabId).catch(() => undefined);
    await suite.browser?.close();
    await suite.server?.close();
  });

  return suite;
}
