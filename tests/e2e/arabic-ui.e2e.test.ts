import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionSuite } from './suite';
import { launchChromium } from './chromium';
import { SCREENSHOTS } from './paths';
import { openTab, toolbarShows, waitForTabLoaded } from './extension-calls';
import { readArticle } from './reader-page';

/**
 * The extension's own strings and layout in an Arabic browser. Chromium only: Firefox ESR picks its
 * UI language from installed language packs, and none is installed here.
 */
describe('chromium in Arabic', () => {
  const suite = useExtensionSuite(() => launchChromium({ uiLanguage: 'ar' }));

  it('shows the popup controls right to left in Arabic, the English article left to right', async () => {
    const english = await openTab(suite.control, suite.server.e2ePageUrl('en-article'));
    await waitForTabLoaded(suite.control, english);
    await toolbarShows(suite.control, english, {
      badge: '✓',
      title: 'قارئ: هذه الصفحة مقال. انقر لقراءتها.',
    });
    const popup = await suite.browser.openExtensionPage(`/popup.html?tabId=${english}`);
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
