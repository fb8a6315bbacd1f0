import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { TestPage } from '../../tests/e2e/harness';
import { READER_TIMING } from '../../utils/browser/reader-timing';
import { KEPT_PIPELINE } from '../../utils/browser/kept-pipeline';
import { openIsolatedWorld } from './isolated-world';
import type { WorldEvaluate } from './isolated-world';

/** One opening of the reading view, in ms on the view's own timeline (0 = its navigation start). */
export interface ReaderRun {
  /** Open → the article in the DOM and a frame painted */
  total: number;
  /** Open → the view asks for the extraction (the view's own start-up: scripts, tab lookup) */
  startup: number;
  /** Injecting the extraction script, up to the extraction starting in the page */
  inject: number;
  /** The pipeline in the page */
  extract: number;
  /** The result's way from the page to the view */
  transfer: number;
  /** Rendering in the view, up to a painted frame */
  render: number;
  /** Characters of text in the rendered article (that an article was shown at all) */
  articleChars: number;
}

const PAINT_TIMEOUT = 30_000;

interface BenchGlobals {
  chrome: {
    tabs: { query(filter: { url?: string }): Promise<{ id?: number; url?: string }[]> };
    windows: {
      create(options: {
        url: string;
        type: 'popup';
        width: number;
        height: number;
      }): Promise<{ id?: number }>;
    };
    scripting: {
      executeScript(injection: {
        target: { tabId: number };
        files?: string[];
        func?: (name: string) => unknown;
        args?: string[];
      }): Promise<{ result?: unknown }[]>;
    };
  };
}

/** The tab id of a page, asked of the extension (the view takes `?tabId=`). */
export async function tabIdOf(control: TestPage, url: string): Promise<number> {
  const id = await control.evaluate(async (address: string) => {
    // Firefox's `chrome` namespace answers with callbacks; its `browser` one with promises.
    const globals = globalThis as unknown as BenchGlobals & { browser?: BenchGlobals['chrome'] };
    // Every tab, filtered here: Firefox's match patterns take no port (127.0.0.1:PORT).
    const tabs = await (globals.browser ?? globals.chrome).tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === address);
    return tab?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Opens `popup.html?tabId=` in a window of its own, as the toolbar would (so the article's tab stays
 * the visible one in its window), waits for the article to be painted and reads the view's marks.
 */
export async function openReadingView(
  context: BrowserContext,
  control: TestPage,
  extensionOrigin: string,
  tabId: number,
): Promise<ReaderRun> {
  const url = `${extensionOrigin}/popup.html?tabId=${tabId}`;
  const opened = context.waitForEvent('page', { predicate: (page) => page.url() === url });
  await control.evaluate(
    (address: string) =>
      (globalThis as unknown as BenchGlobals).chrome.windows.create({
        url: address,
        type: 'popup',
        width: 460,
        height: 600,
      }),
    url,
  );
  const view = await opened;
  try {
    // Polled slowly: the marks carry the times, the polling only has to notice them.
    // No named functions inside: tsx's helpers (__name) do not exist in the page.
    const handle = await view.waitForFunction(
      (names) => {
        const status = document.querySelector('[data-testid="status"]')?.getAttribute('data-state');
        if (status && status !== 'working' && status !== 'page-loading') return { failed: status };
        const [render, requested, inject, extract, transfer] = [
          names.render,
          names.requested,
          names.inject,
          names.extract,
          names.transfer,
        ].map((name) => performance.getEntriesByName(name).at(-1));
        if (!render) return null;
        return {
          total: render.startTime + render.duration,
          startup: requested?.startTime ?? Number.NaN,
          inject: inject?.duration ?? Number.NaN,
          extract: extract?.duration ?? Number.NaN,
          transfer: transfer?.duration ?? Number.NaN,
          render: render.duration,
          articleChars: document.querySelector('[data-testid="article"]')?.textContent?.length ?? 0,
        };
      },
      READER_TIMING,
      { polling: 50, timeout: PAINT_TIMEOUT },
    );
    const result = (await handle.jsonValue()) as ReaderRun | { failed: string };
    if ('failed' in result) throw new Error(`the reading view shows "${result.failed}", not the article`);
    return result;
  } finally {
    await view.close();
  }
}

/**
 * The view's extraction asked for from another extension page while no view is opening: the same
 * script, the same kept pipeline and options (utils/browser/read-tab-article.ts), the same page.
 * Plain Readability is timed with nothing else running; this is Qari's pipeline the same way. An
 * opening view shares the two cores with the browser's new window and the view's own start-up.
 * Ms of the extraction in the page, as the page timed it.
 */
export async function extractionAlone(control: TestPage, tabId: number): Promise<number> {
  const ms = await control.evaluate(
    async ({ id, pipeline }: { id: number; pipeline: typeof KEPT_PIPELINE }) => {
      const { scripting } = (globalThis as unknown as BenchGlobals).chrome;
      // As the view asks: the kept pipeline, else the script that leaves it, then the kept one again.
      for (let attempt = 0; attempt < 2; attempt++) {
        const [frame] = await scripting.executeScript({
          target: { tabId: id },
          // Made from source: the bundler would wrap a function written here in its own helpers,
          // which do not exist in the page. The same call as the view's kept pipeline.
          func: new Function(
            'name',
            "const run = globalThis[name]; return typeof run === 'function' ? run(document) : null;",
          ) as (name: string) => unknown,
          args: [pipeline.name],
        });
        const outcome = frame?.result as { timings?: { extractMs: number } } | null | undefined;
        if (outcome?.timings) return outcome.timings.extractMs;
        if (attempt === 0) await scripting.executeScript({ target: { tabId: id }, files: [pipeline.file] });
      }
      return Number.NaN;
    },
    { id: tabId, pipeline: KEPT_PIPELINE },
  );
  if (!Number.isFinite(ms)) throw new Error('the extraction asked for alone did not answer');
  return ms;
}

const READABILITY_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

/** Plain Readability in the page itself, in an isolated world of its own (like a content script). */
export class PageReadability {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly evaluate: WorldEvaluate,
  ) {}

  static async inject(context: BrowserContext, page: Page): Promise<PageReadability> {
    const cdp = await context.newCDPSession(page);
    const evaluate = await openIsolatedWorld(cdp, 'bench-plain-readability');
    await evaluate(`${READABILITY_SOURCE}\n;globalThis.BenchReadability = Readability; true`);
    return new PageReadability(cdp, evaluate);
  }

  /** Ms of `new Readability(document.cloneNode(true)).parse()`, and the text length it found. */
  async parse(): Promise<{ ms: number; textLength: number }> {
    return (await this.evaluate(`(() => {
      const started = performance.now();
      const article = new globalThis.BenchReadability(document.cloneNode(true)).parse();
      return { ms: performance.now() - started, textLength: article?.textContent?.length ?? 0 };
    })()`)) as { ms: number; textLength: number };
  }

  /**
   * A full garbage collection in the page's process, so that no run pays for an earlier one's
   * garbage. V8's own `gc()` (the browser runs with `--expose-gc`), not the protocol's
   * `HeapProfiler.collectGarbage`: that one reduces memory, and V8 then throws away the compiled
   * code of every function, so each run after it compiled the pipeline (and Readability) again:
   * the seed page's extraction took 25.8 ms between such collections and 17.0 ms without.
   */
  collectGarbage(): Promise<void> {
    return this.evaluate('gc(); true').then(() => undefined);
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}
