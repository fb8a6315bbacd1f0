import { ExtractionError } from '../extraction/errors';
import { DEFAULT_TIME_BUDGET_MS } from '../extraction/limits';
import type { Article, ExtractOptions, TextDirection } from '../extraction/types';
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
   * the shortcut has no view, and asks with. Each is a script of its own (entrypoints/extract*.ts).
   */
  keyFacts: boolean;
}

/** `extractArticle` or `extractArticleWithoutKeyFacts`: the injected script brings one of them. */
export type Extract = (source: Document, options: ExtractOptions) => Article;

/**
 * Runs the extraction on the live page, inside the page (the injected script). The pipeline
 * works on a clone; the page itself is never changed. Errors become plain data for the caller.
 */
export function extractInPage(
  document: Document,
  extract: Extract,
  // The reading view gives up waiting after 3.5 s; the page must be free again by then. Tests in
  // jsdom, far slower than a browser at computed styles, give none.
  timeBudgetMs: number = DEFAULT_TIME_BUDGET_MS,
): ExtractionOutcome {
  const startedAt = sharedClock();
  const started = performance.now();
  const timings = () => ({ startedAt, extractMs: performance.now() - started });
  try {
    const article = extract(document, {
      url: document.location.href,
      isHidden: isHiddenByStyle,
      computedDir: declaredPageDirection(document),
      timeBudgetMs,
    });
    return { ok: true, article, timings: timings() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof ExtractionError ? error.code : 'failed';
    return { ok: false, code, message, timings: timings() };
  }
}
