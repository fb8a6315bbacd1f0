import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';
import { KEPT_PIPELINE } from '@/utils/browser/kept-pipeline';

/**
 * Injected on demand into the tab being read (`scripting.executeScript`); never on page load.
 * It only leaves the pipeline in the extension's isolated world, under `KEPT_PIPELINE`; the caller
 * then runs it with its options (utils/browser/read-tab-article.ts). The pipeline stays for the next
 * opening: its code is compiled and optimised by then, so a second opening on a page extracts about
 * twice as fast, without evaluating this file again. The page cannot see or replace the world, and
 * the pipeline keeps nothing of a page between calls.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { [KEPT_PIPELINE]?: typeof extractInPage };
  world[KEPT_PIPELINE] ??= extractInPage;
  return true;
});
