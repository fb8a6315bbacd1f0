import type { Step } from '../context';
import { findKeyFacts } from '../../facts/find-key-facts';

/**
 * Step 12: the key facts (names, numbers, quotes, places, organisations, dates, the source's
 * bold), found on the final sanitized body so that their offsets match `article.html`'s text.
 * Switched off, the article has no key facts (`keyFacts: []`).
 */
export const keyFacts: Step = {
  name: 'key-facts',
  run(context) {
    if (!context.content) return;
    context.keyFacts = findKeyFacts(context.content, { lang: context.lang });
  },
};
