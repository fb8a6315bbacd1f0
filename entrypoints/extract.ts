import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';
import { KEPT_PIPELINE, keepPipeline } from '@/utils/browser/kept-pipeline';
import { extractArticleWithoutKeyFacts } from '@/utils/extraction/extract-without-key-facts';

/**
 * Injected on demand into the tab being read (`scripting.executeScript`); never on page load.
 * It only leaves the pipeline, without the key facts, in the extension's isolated world under
 * `KEPT_PIPELINE.name`; the caller then runs it (utils/browser/read-tab-article.ts). The pipeline
 * stays for the next opening: its code is compiled and optimised by then, so a second opening on
 * a page extracts about twice as fast, without evaluating this file again. The page cannot see or
 * replace the world, and the pipeline keeps nothing of a page between calls.
 */
export default defineUnlistedScript(() => {
  keepPipeline(KEPT_PIPELINE, (document) => extractInPage(document, extractArticleWithoutKeyFacts));
  return true;
});
