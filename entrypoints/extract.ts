import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';
import { KEPT_PIPELINE } from '@/utils/browser/kept-pipeline';

/**
 * Injected on demand into the tab being read (`scripting.executeScript`); never on page load.
 * Its return value is what `executeScript` hands back to the extension page.
 *
 * The pipeline of the first injection in the tab is kept and used again: its code is compiled and
 * optimised by then, so opening the view a second time on a page extracts about twice as fast
 * (and the view calls the kept one directly, without evaluating this file again). The isolated world is the extension's own (the page
 * cannot see or replace it), and the pipeline keeps nothing of a page between calls.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { [KEPT_PIPELINE]?: typeof extractInPage };
  const run = (world[KEPT_PIPELINE] ??= extractInPage);
  return run(document);
});
