import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser, TestPage } from './harness';
import { launchChromiumContext, recordExtensionRequests, wrapPage } from './chromium';
import type { ChromiumOptions } from './chromium';
import { launchFirefox } from './firefox';
import type { FirefoxOptions } from './firefox';

/** A file the extension handed to the browser as a download. */
export interface DownloadedFile {
  name: string;
  text: string;
}

export interface DownloadingBrowser extends ExtensionBrowser {
  /** Clicks `selector` in `page` and returns the file that click downloads. */
  downloadFrom(page: TestPage, selector: string): Promise<DownloadedFile>;
}

const DEFAULT_TIMEOUT = 15_000;

/** Chromium: the real download, as Playwright sees the browser save it. */
export async function launchChromiumWithDownloads(
  options: ChromiumOptions = {},
): Promise<DownloadingBrowser> {
  const { context, extensionOrigin }: { context: BrowserContext; extensionOrigin: string } =
    await launchChromiumContext(options);
  const pages = new WeakMap<TestPage, Page>();
  return {
    name: 'chromium',
    extensionOrigin,
    requests: recordExtensionRequests(context, extensionOrigin),
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${pathAndQuery}`);
      await page.waitForSelector('#app > *', { timeout: DEFAULT_TIMEOUT });
      const wrapped = wrapPage(page);
      pages.set(wrapped, page);
      return wrapped;
    },
    async downloadFrom(testPage, selector) {
      const page = pages.get(testPage);
      if (!page) throw new Error('not a page of this browser');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const file = await download.path();
      return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
    },
    close: () => context.close(),
  };
}

/**
 * Firefox over BiDi has no download events in puppeteer: the test watches, in the page, the Blob
 * the extension makes and the link it clicks to save it, and reads that Blob. The extension's own
 * code runs unchanged; only the test looks.
 */
export async function launchFirefoxWithDownloads(options: FirefoxOptions = {}): Promise<DownloadingBrowser> {
  const browser = await launchFirefox(options);
  return {
    ...browser,
    async downloadFrom(page, selector) {
      await page.evaluate(() => {
        type Watched = typeof globalThis & { qariDownloads?: { blob: Blob; name: string }[] };
        const globals = globalThis as Watched;
        if (globals.qariDownloads) return;
        const downloads: { blob: Blob; name: string }[] = [];
        globals.qariDownloads = downloads;
        const blobs = new Map<string, Blob>();
        const createObjectURL = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (object: Blob | MediaSource) => {
          const url = createObjectURL(object);
          if (object instanceof Blob) blobs.set(url, object);
          return url;
        };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const blob = blobs.get(this.href);
          if (blob && this.download) downloads.push({ blob, name: this.download });
          click.call(this);
        };
      }, null);
      const before = await page.evaluate(
        () => (globalThis as typeof globalThis & { qariDownloads: unknown[] }).qariDownloads.length,
        null,
      );
      await page.click(selector);
      const deadline = Date.now() + DEFAULT_TIMEOUT;
      while (Date.now() < deadline) {
        const file = await page.evaluate(async (index: number) => {
          const downloads = (
            globalThis as typeof globalThis & { qariDownloads: { blob: Blob; name: string }[] }
          ).qariDownloads;
          const download = downloads[index];
          return download ? { name: download.name, text: await download.blob.text() } : null;
        }, before);
        if (file) return file;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no download after clicking ${selector}`);
    },
  };
}
