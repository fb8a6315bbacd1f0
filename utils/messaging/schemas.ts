import * as v from 'valibot';
import type { DetectionReport } from './protocol';

/**
 * Schemas of everything that crosses into the extension from a tab: the answers of the scripts
 * Qari runs there (the code is ours, but it ran in a page's process, on the page's DOM). Parsed,
 * never trusted for its declared type. `strictObject`: an answer with fields it should not have
 * is not ours, and is dropped.
 */

/** What `detect.js` returns from the tab (`DetectionReport`). */
export const DETECTION_REPORT: v.GenericSchema<DetectionReport> = v.strictObject({ isArticle: v.boolean() });

const text = v.pipe(v.string(), v.maxLength(50_000_000));

const ARTICLE = v.looseObject({
  url: text,
  title: text,
  byline: text,
  siteName: text,
  lang: v.pipe(v.string(), v.regex(/^(?:[a-z]{2,8}(?:-[a-z0-9]{1,8})*)?$/i)),
  dir: v.picklist(['rtl', 'ltr']),
  publishedTime: text,
  excerpt: text,
  leadImage: text,
  html: text,
  text,
  wordCount: v.number(),
  readingTimeMinutes: v.number(),
  readerable: v.boolean(),
  removed: v.array(v.object({ step: v.string(), reason: v.string(), text: v.string() })),
});

const TIMINGS = v.optional(v.object({ startedAt: v.number(), extractMs: v.number() }));

/** What the kept pipeline returns from the tab (utils/browser/read-result.ts `ExtractionOutcome`). */
export const EXTRACTION_OUTCOME = v.union([
  v.object({ ok: v.literal(true), article: ARTICLE, timings: TIMINGS }),
  v.object({
    ok: v.literal(false),
    code: v.picklist(['no-article', 'no-body', 'too-large', 'failed']),
    message: v.string(),
    timings: TIMINGS,
  }),
]);
