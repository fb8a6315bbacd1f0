import type { Article, ExtractOptions } from './types';
import type { PipelineContext } from './context';
import { ExtractionError } from './errors';
import { STEPS } from './steps';
import { headlineOf, leadImageOf, publishedTimeOf, siteNameOf } from './metadata';
import { canonicalUrlOf } from './canonical-url';
import { blockText, countWords } from '../text/block-text';
import { readingTimeMinutes } from '../direction/reading-time';
import { resolveDirection } from '../direction/resolve-direction';

/** Fewer letters than this is a menu or a caption, not something to read. */
const MIN_ARTICLE_LETTERS = 40;

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Pages with more elements than this are refused rather than frozen on ("too large"). */
export const DEFAULT_MAX_ELEMENTS = 100_000;

function serialize(content: Element | DocumentFragment, document: Document): string {
  if (content.nodeType === 1) return (content as Element).outerHTML;
  // The fragment is ours and no longer needed: move it rather than copy it.
  const holder = (content.ownerDocument ?? document).createElement('div');
  holder.append(content);
  return holder.innerHTML;
}

/**
 * Turns a page into a reader-ready article. Works on any DOM `Document` (the live page's, one from
 * DOMParser, jsdom's) and never changes it: every step works on a clone.
 * @throws ExtractionError when the page has no article or is too large to simplify.
 */
export function extractArticle(source: Document, options: ExtractOptions = {}): Article {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (source.querySelectorAll('*').length > maxElements) {
    throw new ExtractionError('too-large', `The page has more than ${maxElements} elements.`);
  }
  if (!source.body) throw new ExtractionError('no-body', 'The document has no body.');
  const context: PipelineContext = {
    source,
    doc: source.cloneNode(true) as Document,
    options,
    removed: [],
    readerable: false,
    parsed: null,
    content: null,
    dir: null,
    lang: '',
    discussion: null,
    keyFacts: [],
  };
  const disabled = new Set(options.disable ?? []);
  for (const step of STEPS) {
    if (disabled.has(step.name)) continue;
    step.run(context);
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
  const lang = context.lang || (source.documentElement?.getAttribute('lang') ?? '');
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
