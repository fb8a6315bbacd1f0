import { Readability } from '@mozilla/readability';
import type { Step } from '../context';
import { ExtractionError } from '../errors';
import { DEFAULT_MAX_ELEMENTS } from '../limits';
import { elementsUnder } from '../dom';

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

/** The private Readability method that steps to the next node of its main walk. */
interface NodeWalking {
  _getNextNode(node: Node, ignoreSelfAndKids?: boolean): Node | null;
}

/**
 * Readability's main walk runs once per attempt over every node; on an enormous or deep page one
 * attempt alone can outlast the budget. Check the budget every few thousand nodes of it.
 */
function checkBudgetWhileWalking(reader: Readability<Element>, checkBudget: () => void): void {
  const internals = reader as unknown as NodeWalking;
  const original = internals._getNextNode.bind(internals);
  let steps = 0;
  internals._getNextNode = (node, ignoreSelfAndKids) => {
    if (++steps % 2048 === 0) checkBudget();
    return original(node, ignoreSelfAndKids);
  };
}

/** The private Readability method that every one of its tag queries goes through. */
interface TagQuerying {
  _getAllNodesWithTag(node: Node, tagNames: readonly string[]): ArrayLike<Element>;
}

/**
 * Readability finds elements by tag with `querySelectorAll("p,pre,…")`, dozens of times per
 * attempt; jsdom matches those through its selector engine, several times slower than a walk.
 * The same elements in the same (document) order, from one walk and a tag test.
 */
function findTagsByWalking(reader: Readability<Element>): void {
  const internals = reader as unknown as TagQuerying;
  internals._getAllNodesWithTag = (node, tagNames) => {
    const tags = new Set(tagNames.map((tag) => tag.toLowerCase()));
    return elementsUnder(node).filter((element) => tags.has(element.localName));
  };
}

/**
 * Readability's own default character threshold (500) is kept: lower ones accept a first pass
 * that found only the standfirst (a caption and two lines) where the retry finds the article.
 * Short items still pass: the comments that made retries dangerous are removed before this step.
 */
const READABILITY_OPTIONS = {
  keepClasses: true,
  serializer: (element: Node) => element as Element,
};

/** Readability's "unlikely candidate" words; a heading that has one in its class is still a heading. */
const UNLIKELY_WORDS = /header|extra|menu|remark|supplemental|social|related|banner|pager|pagination/i;

/**
 * Section headings of many CMSs carry classes such as `header-anchor-post` or `section-header`,
 * which Readability takes for page furniture and deletes with their text. The removal steps
 * before this one have already taken the real furniture; keep the headings.
 */
function protectHeadings(document: Document): void {
  for (const heading of document.body?.querySelectorAll('h2, h3, h4, h5, h6') ?? []) {
    const names = `${heading.getAttribute('class') ?? ''} ${heading.id}`;
    if (UNLIKELY_WORDS.test(names)) {
      heading.removeAttribute('class');
      heading.removeAttribute('id');
    }
  }
}

/** Classes of the blockquotes that social networks' embed scripts would turn into posts. */
const SOCIAL_EMBEDS = new Set([
  'twitter-tweet',
  'instagram-media',
  'tiktok-embed',
  'threads-post',
  'bluesky-embed',
]);

/**
 * An embedded post is a quote the article shows, but its author, date and media links make it
 * "linky", and Readability's clean-up drops it. Keep its words: its links become plain text.
 */
function keepSocialEmbedText(document: Document): void {
  for (const quote of document.body?.querySelectorAll('blockquote') ?? []) {
    const classes = (quote.getAttribute('class') ?? '').split(/\s+/);
    if (!classes.some((name) => SOCIAL_EMBEDS.has(name))) continue;
    for (const link of Array.from(quote.querySelectorAll('a')))
      link.replaceWith(...Array.from(link.childNodes));
  }
}

/** Step 8: Readability finds the article body in what the removal steps left. */
export const runReadability: Step = {
  name: 'readability',
  run(context) {
    protectHeadings(context.doc);
    keepSocialEmbedText(context.doc);
    const maxElemsToParse = context.options.maxElements ?? DEFAULT_MAX_ELEMENTS;
    const reader = new Readability<Element>(context.doc, { ...READABILITY_OPTIONS, maxElemsToParse });
    countAllCommas(reader);
    findTagsByWalking(reader);
    checkBudgetWhileWalking(reader, context.checkBudget);
    try {
      context.parsed = reader.parse();
    } catch (error) {
      // Readability's own element limit ("Aborting parsing document; N elements found").
      if (error instanceof Error && /^Aborting parsing/.test(error.message)) {
        throw new ExtractionError('too-large', error.message);
      }
      throw error;
    }
    context.content = context.parsed?.content ?? null;
  },
};
