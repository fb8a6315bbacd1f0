import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, TestPage } from './harness';
import { launchChromium } from './chromium';
import type { FixtureServer } from './server';
import { startFixtureServer } from './server';
import { SCREENSHOTS } from './paths';
import { openTab, toolbarOf, waitForTabLoaded, waitUntil } from './extension-calls';
import { readArticle } from './reader-page';

/**
 * The extension's own strings and layout in an Arabic browser. Chromium only: Firefox ESR picks its
 * UI language from installed language packs, and none is installed here.
 */
describe('chromium in Arabic', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let control: TestPage;

  let launchError: unknown = null;

  beforeAll(async () => {
    server = await startFixtureServer();
    try {
      browser = await launchChromium({ uiLanguage: 'ar' });
      control = await browser.openExtensionPage('/reader.html?tabId=none');
    } catch (error) {
      launchError = error;
    }
  }, 60_000);

  // A browser that cannot launch FAILS the tests (a failed beforeAll would only skip them).
  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the popup controls right to left in Arabic, the English article left to right', async () => {
    const english = await openTab(control, server.e2ePageUrl('en-article'));
    await waitForTabLoaded(control, english);
    const toolbar = await waitUntil(
      () => toolbarOf(control, english),
      (state) => state.badge !== '',
      'the toolbar state',
    );
    expect(toolbar.title).toBe('قارئ: هذه الصفحة مقال. انقر لقراءتها.');
    const popup = await browser.openExtensionPage(`/popup.html?tabId=${english}`);
    await popup.resize(460, 600);
    await popup.waitFor('[data-testid="article"]');
    const ui = await popup.evaluate(
      () => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        direction: getComputedStyle(document.body).direction,
        openInTab: document.querySelector('[data-testid="open-in-tab"]')?.textContent ?? '',
      }),
      null,
    );
    expect(ui).toEqual({ lang: 'ar', dir: 'rtl', direction: 'rtl', openInTab: 'افتح في علامة تبويب' });
    const view = await readArticle(popup);
    expect(view.dir).toBe('ltr');
    expect(view.direction).toBe('ltr');
    await popup.screenshot(path.join(SCREENSHOTS, 'chromium-ar-ui-popup-ltr-light.png'));
    await popup.close();
  });
});
