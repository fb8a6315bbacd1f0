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

/**
 * The pipeline, in order, up to the article (the key facts, found on it, come after: steps/index.ts).
 * Removal steps run on a clone of the page before Readability, so that it scores only what could
 * be the article; clean-up, sanitizing and direction run on its result (images capped before the
 * sanitizer).
 * `defuse-clobbering` must come first (nothing may walk the clone before it); `remove-hidden`
 * pairs the clone's elements with the page's by position, so it runs before any removal, and
 * before `place-streamed` moves any.
 */
export const STEPS_WITHOUT_KEY_FACTS: readonly Step[] = [
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
];
