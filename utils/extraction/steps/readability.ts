import { Readability } from '@mozilla/readability';
import type { PipelineContext, ReadabilityResult, Step } from '../context';
import { ExtractionError } from '../errors';
import { DEFAULT_MAX_ELEMENTS } from '../limits';
import { elementsUnder } from '../dom';
import {
  findMainContainer,
  firstRunningParagraph,
  flattenRunningText,
  runningTextLength,
} from '../main-container';

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

type PrivateMethods = Record<string, (...args: unknown[]) => unknown>;

/**
 * Readability cannot be given a deadline, so some of its private methods check ours: every
 * `callsPerCheck` calls of any of `methods` (a check costs ~50 ns).
 */
function checkBudgetOnCalls(
  reader: Readability<Element>,
  methods: readonly string[],
  callsPerCheck: number,
  checkBudget: () => void,
): void {
  const internals = reader as unknown as PrivateMethods;
  let calls = 0;
  for (const name of methods) {
    const method = internals[name];
    // A Readability upgrade that renames one must fail every test, not quietly lose the check.
    if (!method) throw new Error(`Readability has no method ${name}`);
    const original = method.bind(internals);
    internals[name] = (...args) => {
      if (++calls % callsPerCheck === 0) checkBudget();
      return original(...args);
    };
  }
}

/**
 * Readability's main walk (`_getNextNode`) runs once per attempt over every node; on an enormous
 * or deep page one attempt alone can outlast the budget: checked every few thousand nodes.
 * Outside the walk, it reads the text of every candidate (`_getInnerText`) and asks for ancestors
 * without a depth limit (`_hasAncestorTag`). On 5,000 nested elements that is quadratic: Firefox
 * spent ~1.9 s of its 2.5 s budget in one `parse()` and, checked only in the walk, overran it by a
 * second. Those calls can each be long, so they are checked every few.
 */
function checkBudgetInsideReadability(reader: Readability<Element>, checkBudget: () => void): void {
  checkBudgetOnCalls(reader, ['_getNextNode'], 2048, checkBudget);
  checkBudgetOnCalls(reader, ['_getInnerText', '_hasAncestorTag'], 8, checkBudget);
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

/** Readability over `document`, with the patches above; null when it finds nothing. */
function parseWithReadability(document: Document, context: PipelineContext): ReadabilityResult | null {
  const maxElemsToParse = context.options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const reader = new Readability<Element>(document, { ...READABILITY_OPTIONS, maxElemsToParse });
  countAllCommas(reader);
  findTagsByWalking(reader);
  checkBudgetInsideReadability(reader, context.checkBudget);
  try {
    return reader.parse();
  } catch (error) {
    // Readability's own element limit ("Aborting parsing document; N elements found").
    if (error instanceof Error && /^Aborting parsing/.test(error.message)) {
      throw new ExtractionError('too-large', error.message);
    }
    throw error;
  }
}

/** Below this much running text, a page is too short for Readability to miss much of it. */
const MIN_RUNNING_TEXT = 1_000;
/**
 * Readability kept less than this share of the running text: it took one part of the article.
 * Not "under half": keeping about half (45–50%) means the container holds two blocks of one size,
 * the article twice (a mobile and a desktop copy) or the article and something as long, and
 * taking both is worse than one.
 */
const PART_SHARE = 0.45;
/** A second reading must find this many times as much running text to be taken instead. */
const BETTER_BY = 1.5;

/**
 * Readability again, over the main container alone with its running paragraphs lifted to one
 * level (see main-container.ts): its result when it holds clearly more of the running text.
 * The first reading took the document apart, so the container comes from a fresh preparation.
 */
function readWholeContainer(context: PipelineContext, first: Element | null): Element | null {
  const firstRunningText = first ? runningTextLength(first) : 0;
  const prepared = context.prepareAgain();
  const main = prepared.body ? findMainContainer(prepared.body, MIN_RUNNING_TEXT) : null;
  if (!main) return null;
  // Only a part of the container: a result from elsewhere (the post above a long thread of
  // replies) was a choice, not a slip.
  const opening = first ? firstRunningParagraph(first).slice(0, 80) : '';
  if (opening && !(main.element.textContent ?? '').replace(/\s+/g, ' ').includes(opening)) return null;
  protectHeadings(prepared);
  keepSocialEmbedText(prepared);
  const document = prepared.implementation.createHTMLDocument(context.doc.title);
  const container = document.adoptNode(main.element);
  flattenRunningText(container);
  document.body.append(container);
  const content = parseWithReadability(document, context)?.content ?? null;
  if (!content || runningTextLength(content) < firstRunningText * BETTER_BY) return null;
  return content;
}

/** Step 8: Readability finds the article body in what the removal steps left. */
export const runReadability: Step = {
  name: 'readability',
  run(context) {
    protectHeadings(context.doc);
    keepSocialEmbedText(context.doc);
    const body = context.doc.body;
    const main = body ? findMainContainer(body, MIN_RUNNING_TEXT) : null;
    context.parsed = parseWithReadability(context.doc, context);
    context.content = context.parsed?.content ?? null;
    if (!main) return;
    const runningText = context.content ? runningTextLength(context.content) : 0;
    if (runningText >= main.runningText * PART_SHARE) return;
    const whole = readWholeContainer(context, context.content);
    if (!whole) return;
    context.removed.push({
      step: 'readability',
      reason: `read again over the main container: Readability had kept ${runningText} of its ${main.runningText} characters of running text`,
      text: '',
    });
    context.content = whole;
  },
};
