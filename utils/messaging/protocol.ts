/**
 * What crosses from a tab into the extension. There are no runtime messages: nothing in a page,
 * Qari's own scripts included, calls the extension API. The background and the reading view run a
 * script in the tab (`scripting.executeScript`) and take its return value, which they parse with
 * the schemas in `schemas.ts` before using it. A page that posts messages reaches no listener.
 */

/** What the detection script (`detect.js`) returns from the page it ran in. */
export interface DetectionReport {
  isArticle: boolean;
}

/**
 * How long the extraction took in the page, carried with its result (the kept pipeline's answer) so
 * that the reading view can tell extraction from transfer (`npm run bench:browser`).
 */
export interface ExtractionTimings {
  /** When the extraction started: `performance.timeOrigin + performance.now()` in the page. */
  startedAt: number;
  /** Main-thread milliseconds of the whole pipeline in the page (clone included). */
  extractMs: number;
}
