import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';

/** Where the first injection into a tab leaves its pipeline (the extension's isolated world only). */
const KEPT_PIPELINE = '__qariExtractInPage';

/**
 * Injected on demand into the tab being read (`scripting.executeScript`); never on page load.
 * Its return value is what `executeScript` hands back to the extension page.
 *
 * Every injection evaluates this file anew, but the pipeline of the first one in the tab is kept
 * and used again: its code is compiled and optimised by then, so opening the view a second time
 * on a page extracts about twice as fast. The isolated world is the extension's own (the page
 * cannot see or replace it), and the pipeline keeps nothing of a page between calls.
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { [KEPT_PIPELINE]?: typeof extractInPage };
  const run = (world[KEPT_PIPELINE] ??= extractInPage);
  return run(document);
});
