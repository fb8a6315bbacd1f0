import { defineUnlistedScript } from '#imports';
import { DETECTION_MAX_BYTES, DETECTION_MAX_ELEMENTS, isArticlePage } from '@/utils/extraction/detect';
import { isRenderedVisible } from '@/utils/browser/visibility';
import type { DetectionReport } from '@/utils/messaging/protocol';

/**
 * Always on, on every http(s) page: the cheap "is this an article?" check. Keep it tiny: no
 * Readability, no sanitizer, no extraction here (those are injected only when the user opens the
 * reading view). The background runs it in each tab once the page has loaded
 * (utils/browser/detect-on-load.ts) and shows its return value on the toolbar. It calls no
 * extension API: the browser would set that API up in the page first, on the page's main thread.
 */
function checkPage(): DetectionReport {
  // A page too large to check at load is not reported as an article (the reading view still
  // answers for it). Its size is the HTML as the browser decoded it (0 when unknown), read from
  // the navigation timing without touching the DOM.
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if ((navigation?.decodedBodySize ?? 0) > DETECTION_MAX_BYTES) return { isArticle: false };
  try {
    return {
      isArticle: isArticlePage(document, {
        isVisible: isRenderedVisible,
        maxElements: DETECTION_MAX_ELEMENTS,
      }),
    };
  } catch {
    // Markup that shadows the DOM's own methods (`<img name="querySelectorAll">`): not an article.
    return { isArticle: false };
  }
}

export default defineUnlistedScript({
  // The check runs in a task of its own: the browser makes the script's world (in Chromium the
  // isolated world and its bindings, in Firefox the sandbox) in the task that runs the script, and
  // the page's own input and frames can run between the two. The browser waits for the promise.
  main(): Promise<DetectionReport> {
    return new Promise((resolve) => setTimeout(() => resolve(checkPage()), 0));
  },
});
