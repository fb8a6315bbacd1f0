import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';
import { KEPT_PIPELINE_WITH_KEY_FACTS, keepPipeline } from '@/utils/browser/kept-pipeline';
import { extractArticle } from '@/utils/extraction/extract-article';

/**
 * extract.ts with the key facts, for a save without a view (the page menu, the shortcut): the
 * key-facts code and its gazetteers are as large as the rest of the pipeline, and the reading
 * view, which does not need them, should not wait for them to be evaluated.
 */
export default defineUnlistedScript(() => {
  keepPipeline(KEPT_PIPELINE_WITH_KEY_FACTS, (document) => extractInPage(document, extractArticle));
  return true;
});
