/** Pages with more elements than this are refused rather than frozen on ("too large"). */
export const DEFAULT_MAX_ELEMENTS = 100_000;

/** Milliseconds the pipeline may run; the reading view gives up waiting at 3.5 s (read-tab-article.ts). */
export const DEFAULT_TIME_BUDGET_MS = 2_500;

/**
 * Pages with more text than this (characters of the body, comments and menus included) are
 * refused ("too large"): a long read is a few hundred thousand; more is a dump, and simplifying
 * and laying it out would hold up the page and the view for seconds.
 */
export const MAX_TEXT_CHARS = 1_500_000;

/**
 * Pictures an article keeps; the rest are dropped, and the view says how many. A long photo essay
 * has a few dozen to a couple of hundred; each one costs the sanitizer and the view's layout.
 */
export const MAX_ARTICLE_IMAGES = 300;

/** Pictures a page keeps before Readability scores it (see steps/limit-images.ts). */
export const MAX_PAGE_IMAGES = 1_000;
