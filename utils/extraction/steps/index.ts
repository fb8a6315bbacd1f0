import type { Step } from '../context';
import { defuseClobbering } from './defuse-clobbering';
import { detectReaderable } from './detect-readerable';
import { removeHidden } from './remove-hidden';
import { placeStreamed } from './place-streamed';
import { removePageChrome } from './remove-page-chrome';
import { removeCommentsStep } from './remove-comments';
import { removeForms } from './remove-forms';
import { removeNotices } from './remove-notices';
import { removeShareBars } from './remove-share-bars';
import { removeRelated } from './remove-related';
import { runReadability } from './readability';
import { cleanUp } from './clean-up';
import { limitImages, limitPageImages } from './limit-images';
import { sanitize } from './sanitize';
import { direction } from './direction';
import { keyFacts } from './key-facts';

/**
 * The pipeline, in order. Removal steps run on a clone of the page before Readability, so that it
 * scores only what could be the article; clean-up, sanitizing, direction and key facts run on its
 * result (images capped before the sanitizer, key facts last: their offsets are into the final body's text).
 * `defuse-clobbering` must come first (nothing may walk the clone before it); `remove-hidden`
 * pairs the clone's elements with the page's by position, so it runs before any removal, and
 * before `place-streamed` moves any.
 */
export const STEPS: readonly Step[] = [
  defuseClobbering,
  detectReaderable,
  removeHidden,
  placeStreamed,
  limitPageImages,
  removePageChrome,
  removeCommentsStep,
  removeForms,
  removeNotices,
  removeShareBars,
  removeRelated,
  runReadability,
  cleanUp,
  limitImages,
  sanitize,
  direction,
  keyFacts,
];
