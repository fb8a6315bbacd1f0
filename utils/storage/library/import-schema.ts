import * as v from 'valibot';
import { FACT_KINDS } from '../../facts/types';
import { MAX_TAG_LENGTH, MAX_TAGS } from './repository';

/** The export file: `{ format, version, exportedAt, articles }`. */
export const EXPORT_FORMAT = 'qari-library';
/** The export file's version (not the database's): what this build writes and the newest it reads. */
export const EXPORT_VERSION = 1;

/** Limits an import file must keep: well above any real article, far below what would hurt. */
export const IMPORT_LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  articles: 50_000,
  htmlChars: 2_000_000,
  textChars: 1_000_000,
  shortChars: 2_000,
  urlChars: 4_000,
  keyFacts: 2_000,
} as const;

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

const shortText = v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.shortChars));
const httpUrl = v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.urlChars), v.regex(HTTP_URL));
const optionalHttpUrl = v.pipe(
  v.string(),
  v.maxLength(IMPORT_LIMITS.urlChars),
  v.check((value) => value === '' || HTTP_URL.test(value)),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const keyFact = v.object({
  kind: v.picklist(FACT_KINDS),
  text: shortText,
  start: count,
  end: count,
  speaker: v.optional(shortText),
  title: v.optional(shortText),
});

/** One article of the file. Unknown keys are dropped; `site` and `size` are recomputed. */
export const ImportedArticleSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  canonicalUrl: httpUrl,
  url: httpUrl,
  title: shortText,
  byline: shortText,
  siteName: shortText,
  lang: v.pipe(v.string(), v.maxLength(35)),
  dir: v.picklist(['rtl', 'ltr']),
  publishedTime: v.pipe(v.string(), v.maxLength(100)),
  excerpt: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.shortChars * 5)),
  leadImage: optionalHttpUrl,
  wordCount: count,
  readingTimeMinutes: count,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH))), v.maxLength(MAX_TAGS)),
  savedAt: time,
  updatedAt: time,
  readingPosition: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  html: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.htmlChars)),
  text: v.pipe(v.string(), v.maxLength(IMPORT_LIMITS.textChars)),
  keyFacts: v.optional(v.pipe(v.array(keyFact), v.maxLength(IMPORT_LIMITS.keyFacts))),
});

export type ImportedArticle = v.InferOutput<typeof ImportedArticleSchema>;

/** The envelope, checked first: a file that is not ours is told apart from a damaged one of ours. */
export const EnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  articles: v.array(v.unknown()),
});

export const ArticlesSchema = v.pipe(v.array(ImportedArticleSchema), v.maxLength(IMPORT_LIMITS.articles));
