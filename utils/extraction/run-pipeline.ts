import type { Article, ExtractOptions } from './types';
import type { PipelineContext, Step } from './context';
import { ExtractionError } from './errors';
import { callNative, readNative } from './native';
import { clonePage } from './clone-page';
import { DEFAULT_MAX_ELEMENTS, MAX_TEXT_CHARS } from './limits';
import { forgetMetadata, headlineOf, leadImageOf, publishedTimeOf, siteNameOf } from './metadata';
import { forgetDiscussion } from './detect';
import { canonicalUrlOf } from './canonical-url';
import { blockText, countWords } from '../text/block-text';
import { readingTimeMinutes } from '../direction/reading-time';
import { resolveDirection } from '../direction/resolve-direction';
import { countStrongLetters } from '../direction/script-direction';

/** A BCP 47 language tag's shape; anything else from the page (`lang="><img …"`) is "unknown". */
const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;

/** Fewer letters than this is a menu or a caption, not something to read. */
const MIN_ARTICLE_LETTERS = 40;

function countLetters(text: string): number {
  const { rtl, ltr } = countStrongLetters(text);
  return rtl + ltr;
}

/** A check of the time budget, for the steps (`context.checkBudget()`). */
function budgetChecker(options: ExtractOptions): () => void {
  const now = options.now ?? (() => performance.now());
  const budget = options.timeBudgetMs ?? Number.POSITIVE_INFINITY;
  const deadline = now() + budget;
  return () => {
    if (now() > deadline) {
      throw new ExtractionError('too-large', `The page took longer than ${budget} ms to simplify.`);
    }
  };
}

function serialize(content: Element | DocumentFragment, document: Document): string {
  if (content.nodeType === 1) return (content as Element).outerHTML;
  // The fragment is ours and no longer needed: move it rather than copy it.
  const holder = (content.ownerDocument ?? document).createElement('div');
  holder.append(content);
  return holder.innerHTML;
}

/**
 * Runs `steps` (a prefix of the whole list in steps/index.ts, with or without the key facts) over
 * a clone of `source` and makes the article of what is left. See extract-article.ts.
 * @throws ExtractionError when the page has no article or is too large to simplify.
 */
export function runPipeline(steps: readonly Step[], source: Document, options: ExtractOptions): Article {
  try {
    return extractFrom(steps, source, options);
  } finally {
    // What was read from the page serves this extraction only: the page may change before the next.
    forgetMetadata(source);
    forgetDiscussion(source);
  }
}

function extractFrom(steps: readonly Step[], source: Document, options: ExtractOptions): Article {
  const checkBudget = budgetChecker(options);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  // The page's own methods and getters: its markup may shadow them (see native.ts).
  if (callNative<HTMLCollection>(source, 'getElementsByTagName', '*').length > maxElements) {
    throw new ExtractionError('too-large', `The page has more than ${maxElements} elements.`);
  }
  const body = readNative<HTMLElement | null>(source, 'body');
  if (!body) throw new ExtractionError('no-body', 'The document has no body.');
  if ((readNative<string | null>(body, 'textContent')?.length ?? 0) > MAX_TEXT_CHARS) {
    throw new ExtractionError('too-large', `The page has more than ${MAX_TEXT_CHARS} characters of text.`);
  }
  const context: PipelineContext = {
    source,
    doc: clonePage(source),
    options,
    removed: [],
    readerable: false,
    parsed: null,
    content: null,
    dir: null,
    lang: '',
    discussion: null,
    keyFacts: [],
    checkBudget,
    prepareAgain: () => context.doc,
  };
  const disabled = new Set(options.disable ?? []);
  const stepsBeforeReadability = steps
    .slice(
      0,
      steps.findIndex((step) => step.name === 'readability'),
    )
    .filter((step) => !disabled.has(step.name));
  context.prepareAgain = () => {
    const again: PipelineContext = {
      ...context,
      doc: clonePage(source),
      removed: [],
    };
    for (const step of stepsBeforeReadability) step.run(again);
    return again.doc;
  };
  for (const step of steps) {
    if (disabled.has(step.name)) continue;
    step.run(context);
    checkBudget();
    if (step.name === 'readability' && !context.content) {
      throw new ExtractionError('no-article', 'No article was found on this page.');
    }
  }
  const content = context.content ?? (disabled.has('readability') ? context.doc.body : null);
  if (!content) throw new ExtractionError('no-article', 'No article was found on this page.');

  const url = options.url ?? source.URL ?? '';
  const text = blockText(content, { skipCaptions: true });
  if (countLetters(text) < MIN_ARTICLE_LETTERS) {
    throw new ExtractionError('no-article', 'No article was found on this page.');
  }
  const parsed = context.parsed;
  const siteName = siteNameOf(source, parsed);
  const declaredLang = context.lang || (source.documentElement?.getAttribute('lang') ?? '').trim();
  const lang = LANGUAGE_TAG.test(declaredLang) ? declaredLang : '';
  const dir =
    context.dir ?? resolveDirection({ htmlDir: source.documentElement?.getAttribute('dir'), lang, text });
  return {
    url,
    canonicalUrl: canonicalUrlOf(source, url),
    title: headlineOf(source, parsed?.title ?? source.title ?? '', siteName),
    byline: (parsed?.byline ?? '').trim(),
    siteName,
    lang,
    dir,
    publishedTime: publishedTimeOf(source, parsed),
    excerpt: (parsed?.excerpt ?? '').replace(/\s+/g, ' ').trim(),
    leadImage: leadImageOf(source, content, url),
    html: serialize(content, source),
    text,
    wordCount: countWords(text),
    readingTimeMinutes: readingTimeMinutes(text, lang),
    readerable: context.readerable,
    removed: context.removed,
    keyFacts: context.keyFacts,
  };
}
