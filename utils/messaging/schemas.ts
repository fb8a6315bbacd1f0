import * as v from 'valibot';
import type { ProtocolMap } from './protocol';

/**
 * Schemas of everything that crosses into the extension from a less trusted context: each
 * message's `data` (ProtocolMap) and the extraction's answer from the page's tab. Parsed, never
 * trusted for its declared type. `strictObject`: a message with fields it should not have is
 * forged or stale, and is dropped.
 */
type MessageData<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

export const MESSAGE_SCHEMAS: { [K in keyof ProtocolMap]: v.GenericSchema<MessageData<K>> } = {
  reportDetection: v.strictObject({ isArticle: v.boolean() }),
};

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

/** What `extract.js` returns from the tab (utils/browser/read-result.ts `ExtractionOutcome`). */
export const EXTRACTION_OUTCOME = v.union([
  v.object({ ok: v.literal(true), article: ARTICLE, timings: TIMINGS }),
  v.object({
    ok: v.literal(false),
    code: v.picklist(['no-article', 'no-body', 'too-large', 'failed']),
    message: v.string(),
    timings: TIMINGS,
  }),
]);
