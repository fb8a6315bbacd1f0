import type { Article, ExtractOptions } from './types';
import { runPipeline } from './run-pipeline';
import { STEPS_WITHOUT_KEY_FACTS } from './steps/extraction-steps';

/**
 * `extractArticle` without the key facts (`keyFacts: []`), for the reading view, which finds them
 * itself on the body it renders. Its own module, not an option, so that the script injected for
 * the view leaves out the key-facts code and its gazetteers: evaluating them doubled what the
 * first opening of the view on a page spent before the extraction could start.
 * @throws ExtractionError when the page has no article or is too large to simplify.
 */
export function extractArticleWithoutKeyFacts(source: Document, options: ExtractOptions = {}): Article {
  return runPipeline(STEPS_WITHOUT_KEY_FACTS, source, options);
}
