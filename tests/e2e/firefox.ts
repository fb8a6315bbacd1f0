import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionBrowser, RecordedRequest, TestPage } from './harness';
import { FIREFOX_BUILD, browserEnv } from './paths';
import { firefoxProxyPrefs } from './recording-proxy';

export const GECKO_ID = 'qari@qari.invalid';
/** Fixed, so that the tests know the extension's origin before it is installed. */
const EXTENSION_UUID = '5b0a2f8e-7c1d-4e3a-9f6b-2d8c4a1e0f37';
const DEFAULT_TIMEOUT = 15_000;

/** The messages of an error and its causes, outermost first. */
function causes(error: unknown): string[] {
  const messages: string[] = [];
  for (
    let current: unknown = error;
    current instanceof Error && messages.length < 5;
    current = current.cause
  ) {
    messages.push(`${current.name}: ${current.message}`);
  }
  return messages;
}

/**
 * Waits for the extension page's app to render. A wait that starts while about:blank is being
 * replaced can fail with a BiDi protocol error from the page being left ("right-hand side of
 * 'in' should be an object"); that is the navigation, not the page, so the wait starts again.
 */
async function waitForApp(page: Page): Promise<void> {
  const deadline = Date.now() + DEFAULT_TIMEOUT;
  for (;;) {
    try {
      await page.waitForSelector('#app > *', { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      const navigating = causes(error).some((message) =>
        /Protocol error|context.*(destroyed|discarded)/i.test(message),
      );
      if (!navigating || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function wrap(page: Page): TestPage {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    dialogs,
    // Arguments and results are plain JSON, never element handles: the drivers' handle-unwrapping
    // generics add nothing here.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    waitFor: async (selector, timeoutMs = DEFAULT_TIMEOUT) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    click: (selector) => page.click(selector),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
}

/** Headless Firefox ESR over WebDriver BiDi with the built extension (../shared/toolchain-notes.md). */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionBrowser> {
  return (await launchFirefoxWithDriver(options)).extension;
}

export interface FirefoxOptions {
  /** A recording proxy (`127.0.0.1:<port>`) every request of the browser goes through. */
  proxy?: string;
}

/** The same, with puppeteer's browser too, for benchmarks that open web pages themselves. */
export async function launchFirefoxWithDriver(
  options: FirefoxOptions = {},
): Promise<{ extension: ExtensionBrowser; driver: Browser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // Remote Settings ignores its server preference unless this is set; with it, Firefox's own
    // polling goes to puppeteer's dummy address instead of firefox.settings.services.mozilla.com.
    env: { ...browserEnv(), MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Nowhere at all: a data: server answers nothing, so the whole-browser record stays clean.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      ...(options.proxy ? firefoxProxyPrefs(options.proxy) : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  // Puppeteer's BiDi requests of moz-extension pages cannot tell their resource type (it throws), so
  // Firefox records none here: the tests count what reaches their own servers instead.
  const requests: RecordedRequest[] = [];
  const extension: ExtensionBrowser = {
    name: 'firefox',
    extensionOrigin,
    requests,
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      // Awaiting goto on a moz-extension: page never settles under BiDi; wait for the app instead.
      void page.goto(`${extensionOrigin}${pathAndQuery}`).catch(() => undefined);
      await waitForApp(page);
      return wrap(page);
    },
    close: () => browser.close(),
  };
  return { extension, driver: browser };
}
