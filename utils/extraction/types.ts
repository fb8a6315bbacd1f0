import type { KeyFact } from '../facts/types';

/** What one pipeline step dropped, kept for debugging (`article.removed`). */
export interface Removal {
  /** Name of the step that removed it, e.g. `remove-comments`. */
  step: string;
  /** Why, in a few words: the rule that matched. */
  reason: string;
  /** A short excerpt of the removed text (at most ~80 characters). */
  text: string;
}

export type TextDirection = 'rtl' | 'ltr';

/** The reader-ready article that `extractArticle` returns. */
export interface Article {
  url: string;
  /**
   * The address the article is known by: the page's canonical link on the same site, else its URL;
   * without fragment or tracking parameters. The library's key ('' for pages without http(s) URL).
   */
  canonicalUrl: string;
  /** The headline as the page shows it, without the site name. */
  title: string;
  byline: string;
  siteName: string;
  /** BCP 47 language tag, or '' when unknown. */
  lang: string;
  dir: TextDirection;
  /** ISO 8601 when the page declares one, else ''. */
  publishedTime: string;
  excerpt: string;
  /** Absolute http(s) URL of the lead image, or ''. */
  leadImage: string;
  /** Sanitized HTML of the article body. */
  html: string;
  /** Block-aware plain text: one line per block element. */
  text: string;
  wordCount: number;
  readingTimeMinutes: number;
  /** Whether the page looks like an article (cheap detection). */
  readerable: boolean;
  removed: Removal[];
  /**
   * Names, numbers, quotes, places, organisations, dates and the source's own bold, in reading
   * order; offsets into the text of `html` parsed as one root element. Saved with the article.
   */
  keyFacts: KeyFact[];
}

/** Names of the steps, in pipeline order; each can be switched off. */
export type StepName =
  | 'defuse-clobbering'
  | 'detect-readerable'
  | 'remove-hidden'
  | 'place-streamed'
  | 'limit-page-images'
  | 'remove-page-chrome'
  | 'remove-comments'
  | 'remove-forms'
  | 'remove-notices'
  | 'remove-share-bars'
  | 'remove-related'
  | 'readability'
  | 'clean-up'
  | 'limit-images'
  | 'sanitize'
  | 'direction'
  | 'key-facts';

export interface ExtractOptions {
  /** The page URL; defaults to the document's URL. Used to resolve links. */
  url?: string;
  /** Steps to skip, for debugging and for tests of single steps. */
  disable?: readonly StepName[];
  /**
   * Tells whether an element of the ORIGINAL document is hidden. In the browser, pass one built on
   * the live page's computed style; elsewhere a check of inline styles and `hidden` is used.
   */
  isHidden?: (element: Element) => boolean;
  /** The live page's computed direction of the article, when known (browser only). */
  computedDir?: TextDirection;
  /** Give up on documents with more elements than this (the page is "too large"). */
  maxElements?: number;
  /**
   * Give up ("too large") once the pipeline has run this long, in milliseconds; checked between
   * steps and inside the long walks. Default: none (the command-line tool and tests take their
   * time); the browser passes DEFAULT_TIME_BUDGET_MS, as the reading view waits 3.5 s in all.
   */
  timeBudgetMs?: number;
  /** The clock the budget is measured with (tests); default `performance.now`. */
  now?: () => number;
}
