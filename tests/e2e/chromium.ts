import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser, RecordedRequest, TestPage } from './harness';
import { BROWSER_HOME, CHROME_BUILD, browserEnv } from './paths';

const DEFAULT_TIMEOUT = 15_000;

/** The harness's view of a Playwright page. */
export function wrapPage(page: Page): TestPage {
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
      await page.selectOption(selector, value);
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  };
}

export interface ChromiumOptions {
  /** The browser's UI language (Linux Chromium takes it from LANGUAGE); default: the machine's. */
  uiLanguage?: string;
  /** Where profiles, temp files and caches go (its tmp/ must exist); default: the e2e output's. */
  home?: string;
  /** The unpacked extension to load; default: Qari's Chrome build (the benchmark loads others too). */
  extension?: string;
  /** More unpacked extensions to load beside it (the benchmark's baseline build). */
  alsoLoad?: readonly string[];
  /** Flags for V8 (`--js-flags`): the benchmark's `--expose-gc`. */
  jsFlags?: string;
}

export interface ChromiumExtensionContext {
  /** The Playwright context itself, for what the harness does not cover (CDP sessions: the benchmark). */
  context: BrowserContext;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  /** The user data directory it was started with (on its command line). */
  profile: string;
}

/** Headless Chromium with an unpacked MV3 extension, Qari's by default (recipe: ../shared/toolchain-notes.md). */
export async function launchChromiumContext(
  options: ChromiumOptions = {},
): Promise<ChromiumExtensionContext> {
  const home = options.home ?? BROWSER_HOME;
  const extension = options.extension ?? CHROME_BUILD;
  const extensions = [extension, ...(options.alsoLoad ?? [])].join(',');
  const profile = mkdtempSync(path.join(home, 'tmp', 'chromium-'));
  const env = browserEnv(home);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: options.uiLanguage ? { ...env, LANGUAGE: options.uiLanguage } : env,
    ...(options.uiLanguage ? { locale: options.uiLanguage } : {}),
    args: [
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.jsFlags ? [`--js-flags=${options.jsFlags}`] : []),
    ],
  });
  // Each extension's service worker; the first one loaded is the one the caller asked for.
  const extensionOrigin = unpackedExtensionOrigin(extension);
  const started = (): boolean =>
    context.serviceWorkers().some((worker) => worker.url().startsWith(`${extensionOrigin}/`));
  while (!started()) await context.waitForEvent('serviceworker');
  return { context, extensionOrigin, profile };
}

/**
 * The origin Chromium gives an unpacked extension: its id is the SHA-256 of the folder's absolute
 * path, the first 32 hex digits written with the letters a-p.
 */
export function unpackedExtensionOrigin(folder: string): string {
  const hex = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
  return `chrome-extension://${id}`;
}

/** Every request of the extension's pages and service worker in `context`, as a live list. */
export function recordExtensionRequests(context: BrowserContext, extensionOrigin: string): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  // Extension pages' requests carry their frame; the service worker's carry the worker.
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const frameUrl = (): string => {
      try {
        return request.frame().url();
      } catch {
        return ''; // A request of a frame that is already gone.
      }
    };
    const from = worker ? (worker.url().startsWith(extensionOrigin) ? 'background' : '') : frameUrl();
    if (from === 'background' || from.startsWith(extensionOrigin)) {
      requests.push({ url: request.url(), from, type: request.resourceType() });
    }
  });
  return requests;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ExtensionBrowser> {
  const { context, extensionOrigin } = await launchChromiumContext(options);
  const requests = recordExtensionRequests(context, extensionOrigin);
  return {
    name: 'chromium',
    extensionOrigin,
    requests,
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${pathAndQuery}`);
      await page.waitForSelector('#app > *', { timeout: DEFAULT_TIMEOUT });
      return wrapPage(page);
    },
    async inBackground<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
      // The worker may have been stopped and started again since launch: take the current one.
      const worker =
        context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionOrigin)) ??
        (await context.waitForEvent('serviceworker'));
      return worker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
    },
    close: () => context.close(),
  };
}
