import type { Article, ExtractOptions } from './types';
import { runPipeline } from './run-pipeline';
import { STEPS } from './steps';

export { DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS } from './limits';

/**
 * Turns a page into a reader-ready article, key facts included. Works on any DOM `Document` (the
 * live page's, one from DOMParser, jsdom's) and never changes it: every step works on a clone.
 * @throws ExtractionError when the page has no article or is too large to simplify.
 */
export function extractArticle(source: Document, options: ExtractOptions = {}): Article {
  return runPipeline(STEPS, source, options);
}
