import type { Browser, Page } from 'puppeteer-core';
import type { TestPage } from '../../tests/e2e/harness';
import { toolbarOf, waitUntil } from '../../tests/e2e/extension-calls';
import { tabIdOf } from '../bench-browser/reading-view';
import { sandboxOf } from './firefox-sandbox';

const DEFAULT_TITLE = 'Qari — reader view';
/** Gaps shorter than this are the loop's own rhythm, not a block. */
const MIN_GAP_MS = 4;

/**
 * Runs in the page before any of its own scripts: a message-channel loop that notes every gap
 * between two turns of the page's event loop, i.e. every task that held its main thread. Firefox
 * has no trace or long-task API over BiDi; this sees every block, whoever caused it.
 */
const HEARTBEAT = `(() => {
  const gaps = [];
  let last = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > ${MIN_GAP_MS}) gaps.push([last, now]);
    last = now;
    if (now < 120000) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  Object.defineProperty(window, '__benchGaps', { value: gaps });
})();`;

/** The heartbeat's gaps inside `[DOMContentLoaded, DOMContentLoaded + windowMs]` (all of them when no window). */
async function worstGap(
  page: Page,
  windowMs?: number,
): Promise<{ worst: number; parsedAt: number; now: number }> {
  const { parsedAt, gaps, now } = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const recorded = (window as unknown as { __benchGaps?: [number, number][] }).__benchGaps ?? [];
    return {
      parsedAt: navigation?.domContentLoadedEventStart ?? 0,
      gaps: recorded.slice(),
      now: performance.now(),
    };
  });
  const until = windowMs === undefined ? Infinity : parsedAt + windowMs;
  const blocks = gaps
    .filter(([start, end]) => end >= parsedAt && start <= until)
    .map(([start, end]) => Math.min(end, until) - Math.max(start, parsedAt));
  return { worst: Math.max(0, ...blocks), parsedAt, now };
}

/** Loads `url` in a fresh tab with the heartbeat in it before the page's own scripts, then `use`s it. */
async function withHeartbeat<T>(driver: Browser, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await driver.newPage();
  try {
    await page.evaluateOnNewDocument(HEARTBEAT);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await use(page);
  } finally {
    await page.close();
  }
}

/**
 * The same page from the same server, in the same Firefox, once Qari is uninstalled: what the page
 * itself (its parsing, layout, a busy machine) costs its main thread over the same window.
 */
export function blockWithoutQari(driver: Browser, url: string, windowMs: number): Promise<number> {
  return withHeartbeat(driver, url, async (page) => {
    const { parsedAt, now } = await worstGap(page);
    // As long after parsing as the detection's run took to be answered, and a little more.
    const remaining = parsedAt + windowMs - now;
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
    return (await worstGap(page, windowMs)).worst;
  });
}

/**
 * Loads `url` in a fresh tab of Firefox with the heartbeat in it, waits until the detection has
 * set the tab's toolbar state, and returns the longest block after the page was parsed: the
 * detection runs in that window (at document idle), so this bounds its block from above. `windowMs`
 * is that window, for `blockWithoutQari`. `whileOpen` runs then, with the tab's page, before the tab
 * closes (a content process that exits takes its profile with it).
 */
export async function withDetection<T>(
  driver: Browser,
  control: TestPage,
  url: string,
  whileOpen: (page: Page) => Promise<T>,
): Promise<{ worstAfterParseMs: number; window: number; whileOpen: T }> {
  return withHeartbeat(driver, url, async (page) => {
    const tabId = await tabIdOf(control, url);
    await waitUntil(
      () => toolbarOf(control, tabId),
      (state) => state.title !== DEFAULT_TITLE,
      `the detection on ${url}`,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const measured = await worstGap(page);
    return {
      worstAfterParseMs: measured.worst,
      window: measured.now - measured.parsedAt,
      whileOpen: await whileOpen(page),
    };
  });
}

/**
 * The shipped detection script evaluated in a sandbox of the loaded page (over BiDi, an Xray
 * world like a content script's), timed around the synchronous run: its compile, the detection
 * and the (failing: no extension API there) send. The heartbeat cannot tell this apart from the
 * page's own blocks on pages that block for long by themselves. Worst of `runs`, the first included.
 */
export async function detectionInSandbox(
  driver: Browser,
  url: string,
  script: string,
  runs = 3,
): Promise<number> {
  const page = await driver.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    let worst = 0;
    for (let run = 0; run < runs; run++) {
      const realm = sandboxOf(page);
      const ms = await realm.evaluate((source: string) => {
        const started = performance.now();
        try {
          (0, eval)(source);
        } catch {
          // Only the time matters here.
        }
        return performance.now() - started;
      }, script);
      worst = Math.max(worst, ms);
    }
    return worst;
  } finally {
    await page.close();
  }
}
