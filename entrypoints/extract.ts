import { defineUnlistedScript } from '#imports';
import { extractInPage } from '@/utils/browser/extract-in-page';

/**
 * Injected on demand into the tab being read (`scripting.executeScript`); never on page load.
 * Its return value is what `executeScript` hands back to the extension page.
 */
export default defineUnlistedScript(() => extractInPage(document));
