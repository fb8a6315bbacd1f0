import { defineUnlistedScript } from '#imports';
import { DETECTION_MAX_BYTES, DETECTION_MAX_ELEMENTS, isArticlePage } from '@/utils/extraction/detect';
import { isRenderedVisible } from '@/utils/browser/visibility';
import { sendMessage } from '@/utils/messaging/protocol';

/**
 * Always on, on every http(s) page: the cheap "is this an article?" check, reported to the
 * background for the toolbar. Keep it tiny: no Readability, no sanitizer, no extraction here
 * (those are injected only when the user opens the reading view). The manifest runs it at document
 * idle (`content_scripts` in wxt.config.ts says why it is not a WXT content-script entrypoint).
 */
export default defineUnlistedScript({
  main() {
    let isArticle = false;
    // A page too large to check at load is not reported as an article (the reading view still
    // answers for it). Its size is the HTML as the browser decoded it (0 when unknown), read
    // from the navigation timing without touching the DOM.
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const tooLarge = (navigation?.decodedBodySize ?? 0) > DETECTION_MAX_BYTES;
    try {
      isArticle =
        !tooLarge &&
        isArticlePage(document, {
          isVisible: isRenderedVisible,
          maxElements: DETECTION_MAX_ELEMENTS,
        });
    } catch {
      // Markup that shadows the DOM's own methods (`<img name="querySelectorAll">`): not an article.
    }
    // The report goes in a task of its own: the browser sets up its extension API in the page on
    // first use (in Firefox, tens of ms on a busy machine), and the page's own input and frames
    // can run between that and the check. The background may be waking up or the extension
    // reloading; then the toolbar just stays as it was.
    setTimeout(() => {
      sendMessage('reportDetection', { isArticle }).catch(() => undefined);
    }, 0);
  },
});
