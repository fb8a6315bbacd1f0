/** What a test needs from a browser with the extension loaded, the same for Chromium and Firefox. */
export interface TestPage {
  /** Runs `fn` in the page (serialized: it may only use its argument and the page's globals). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a whole script in the page (e.g. axe-core's source); DevTools protocols bypass CSP. */
  addScript(source: string): Promise<void>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
  /** Messages of every dialog (alert, confirm, prompt) the page opened; each was dismissed. */
  readonly dialogs: readonly string[];
}

/** A request the browser made on behalf of an extension page or the extension's background. */
export interface RecordedRequest {
  url: string;
  /** `chrome-extension://…/popup.html`, or `background` for the service worker / event page */
  from: string;
  /** The browser's resource type (`image`, `fetch`, `stylesheet`, …) when it tells */
  type: string;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  readonly extensionOrigin: string;
  /** Opens an extension page (e.g. `/popup.html?tabId=3`) in a new tab, once its app has rendered. */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  /**
   * Every request made so far by the extension's pages (and, in Chromium, its service worker), a
   * live list. Firefox: the pages opened by `openExtensionPage` (BiDi network events); its
   * background page is not reachable over BiDi.
   */
  readonly requests: readonly RecordedRequest[];
  /**
   * Chromium only: runs `fn` in the extension's service worker, where a test can hand the
   * background the event the browser would (a context-menu click, a shortcut). Firefox's event
   * page is not reachable over BiDi, and headless browsers deliver neither menus nor shortcuts.
   */
  readonly inBackground?: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  close(): Promise<void>;
}
