import * as v from 'valibot';
import { browser } from '#imports';
import type { Browser } from '#imports';
import type { Article } from '../extraction';
import type { ExtractionOutcome, ReadFailure } from './read-result';
import { isRestrictedError, isRestrictedUrl } from './restricted-pages';
import { markExtractionReceived, markExtractionRequested } from './reader-timing';
import type { KeptExtraction } from './kept-pipeline';
import { keptPipelineFor } from './kept-pipeline';
import type { InPageOptions } from './extract-in-page';
import { EXTRACTION_OUTCOME } from '../messaging/schemas';

/** What the reading view shows for a tab. */
export type ReaderState =
  | { readonly kind: 'working' }
  | { readonly kind: 'page-loading' }
  | { readonly kind: 'restricted' }
  | { readonly kind: 'no-tab' }
  /** The cheap detection said "not an article"; the user may still ask to see what was found. */
  | { readonly kind: 'not-article'; readonly article: Article }
  | { readonly kind: 'error'; readonly code: ReadFailure }
  /** reader.html?id=: no saved article has that id (deleted since). */
  | { readonly kind: 'not-saved' }
  | { readonly kind: 'ready'; readonly article: Article };

/**
 * How long the view waits for the page's answer. The extraction's own budget (2.5 s) is shorter; a
 * page that never answers (a script stuck in it, a tab frozen, one step that outlasts the budget
 * before it can be checked, as Firefox does on 5,000 nested mixed elements) gets "too large to
 * simplify" after this, leaving room for opening the view within the 5 s a reader may wait.
 */
export const EXTRACTION_TIMEOUT_MS = 3_500;

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/** The tab the reader is for: `?tabId=` when given (the reader tab, tests), else the active tab. */
export async function resolveTargetTab(tabIdParam: string | null): Promise<Browser.tabs.Tab | null> {
  try {
    if (tabIdParam !== null) {
      const tabId = Number(tabIdParam);
      return Number.isInteger(tabId) ? await browser.tabs.get(tabId) : null;
    }
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active ?? null;
  } catch {
    return null; // The tab was closed.
  }
}

/**
 * Runs the extraction in the tab with the pipeline an earlier call left in the extension's
 * isolated world; when there is none yet, the extraction script is injected first to leave it.
 */
async function injectExtraction(tabId: number, options: InPageOptions): Promise<unknown> {
  const pipeline = keptPipelineFor(options);
  const runKept = async (): Promise<unknown> => {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (name: string) => {
        const run = (globalThis as Record<string, unknown>)[name];
        return typeof run === 'function' ? (run as KeptExtraction)(document) : null;
      },
      args: [pipeline.name],
    });
    return frame?.result;
  };
  const kept = await runKept();
  if (kept != null) return kept;
  await browser.scripting.executeScript({ target: { tabId }, files: [pipeline.file] });
  return runKept();
}

/**
 * Injects the extraction script into the tab and turns its answer into what to show. The reading
 * view asks without key facts (it finds them on what it renders); a save without a view, with.
 */
export async function readTabArticle(
  tab: Browser.tabs.Tab,
  options: InPageOptions = { keyFacts: true },
): Promise<ReaderState> {
  if (tab.id === undefined) return { kind: 'no-tab' };
  if (isRestrictedUrl(tab.url)) return { kind: 'restricted' };
  if (tab.status === 'loading') return { kind: 'page-loading' };
  let answer: unknown;
  try {
    markExtractionRequested();
    const raced = await Promise.race([injectExtraction(tab.id, options), timeout(EXTRACTION_TIMEOUT_MS)]);
    if (raced === 'timeout') return { kind: 'error', code: 'too-large' };
    answer = raced;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return isRestrictedError(message, tab.url) ? { kind: 'restricted' } : { kind: 'error', code: 'failed' };
  }
  // The answer comes from a tab we do not trust: it must have the shape of an outcome.
  const parsed = v.safeParse(EXTRACTION_OUTCOME, answer);
  if (!parsed.success) return { kind: 'error', code: 'failed' };
  const result = parsed.output as ExtractionOutcome;
  markExtractionReceived(result.timings);
  if (!result.ok) return { kind: 'error', code: result.code };
  return result.article.readerable
    ? { kind: 'ready', article: result.article }
    : { kind: 'not-article', article: result.article };
}

/** Resolves once the tab has finished loading (or is gone). */
export function waitForTabComplete(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const finish = (): void => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve();
    };
    const onUpdated = (updatedId: number, change: Browser.tabs.OnUpdatedInfo): void => {
      if (updatedId === tabId && change.status === 'complete') finish();
    };
    const onRemoved = (removedId: number): void => {
      if (removedId === tabId) finish();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished between the caller's look and these listeners.
    browser.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && finish(),
      () => finish(),
    );
  });
}
