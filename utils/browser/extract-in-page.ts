import { DEFAULT_TIME_BUDGET_MS, ExtractionError, extractArticle } from '../extraction';
import type { TextDirection } from '../extraction';
import type { ExtractionOutcome } from './read-result';
import { sharedClock } from './reader-timing';
import { isHiddenByStyle } from './visibility';

/**
 * The page's own direction when it sets one. `ltr` is every page's default, so a computed `ltr`
 * says nothing and must not outvote `lang="ar"` or the letters; only `rtl` is passed on.
 */
function declaredPageDirection(document: Document): TextDirection | undefined {
  const root = document.body ?? document.documentElement;
  const direction = document.defaultView?.getComputedStyle(root).direction;
  return direction === 'rtl' ? 'rtl' : undefined;
}

/** What the caller needs of the extraction in the page. */
export interface InPageOptions {
  /**
   * Whether to find the key facts. The reading view finds them itself, on the body as it renders
   * it (so that the highlights match what is shown), and asks without; a save from the menu or
   * the shortcut has no view, and asks with.
   */
  keyFacts: boolean;
}

/**
 * Runs the extraction on the live page, inside the page (the injected script). `extractArticle`
 * works on a clone; the page itself is never changed. Errors become plain data for the caller.
 */
export function extractInPage(document: Document, { keyFacts }: InPageOptions): ExtractionOutcome {
  const startedAt = sharedClock();
  const started = performance.now();
  const timings = () => ({ startedAt, extractMs: performance.now() - started });
  try {
    const article = extractArticle(document, {
      url: document.location.href,
      isHidden: isHiddenByStyle,
      computedDir: declaredPageDirection(document),
      // The reading view gives up waiting after 3.5 s; the page must be free again by then.
      timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
      ...(keyFacts ? {} : { disable: ['key-facts'] }),
    });
    return { ok: true, article, timings: timings() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof ExtractionError ? error.code : 'failed';
    return { ok: false, code, message, timings: timings() };
  }
}
