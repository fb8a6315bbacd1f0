import { Readability } from '@mozilla/readability';
import type { Step } from '../context';

/** Commas of every script, as Readability counts them when it scores paragraphs. */
const ANY_COMMA = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** The private Readability method that counts commas in `_cleanConditionally`. */
interface CommaCounting {
  _getCharCount(element: Element, separator?: string): number;
  _getInnerText(element: Element, normalizeSpaces?: boolean): string;
}

/**
 * Readability scores paragraphs with commas of every script, but its conditional clean-up counts
 * only the ASCII comma, so Arabic, Persian and Urdu paragraphs (which use ،) look comma-less and
 * get dropped as "not much text". Count ، there too.
 */
function countAllCommas(reader: Readability<Element>): void {
  const internals = reader as unknown as CommaCounting;
  const original = internals._getCharCount.bind(internals);
  internals._getCharCount = (element, separator = ',') =>
    separator === ','
      ? (internals._getInnerText(element).match(ANY_COMMA)?.length ?? 0)
      : original(element, separator);
}

/**
 * Tuned for news: a lower character threshold than the default 500, so a short item is accepted
 * on the first pass instead of triggering the retries that loosen every rule.
 */
const READABILITY_OPTIONS = {
  charThreshold: 250,
  keepClasses: true,
  serializer: (element: Node) => element as Element,
};

/** Step 8: Readability finds the article body in what the removal steps left. */
export const runReadability: Step = {
  name: 'readability',
  run(context) {
    const reader = new Readability<Element>(context.doc, READABILITY_OPTIONS);
    countAllCommas(reader);
    context.parsed = reader.parse();
    context.content = context.parsed?.content ?? null;
  },
};
