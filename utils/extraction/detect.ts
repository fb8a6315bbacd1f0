// The stand-alone file, not the package index: the index also pulls in all of Readability.js, and
// this module is bundled into the always-on detection script (see readability-readerable.d.ts).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { callNative } from './native';

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;

function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const type = (node as { '@type'?: unknown })['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** Every object in a JSON-LD value, nested ones included (`@graph`, `mainEntity`, `hasPart`…). */
function jsonLdNodes(value: unknown, depth = 0): unknown[] {
  if (depth > 8) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jsonLdNodes(item, depth + 1));
  if (value && typeof value === 'object') {
    return [value, ...Object.values(value).flatMap((child) => jsonLdNodes(child, depth + 1))];
  }
  return [];
}

/** Whether any JSON-LD block of the page has an `@type` that matches. Broken JSON-LD says nothing. */
function jsonLdDeclares(document: Document, types: RegExp): boolean {
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      if (jsonLdNodes(data).some((node) => typesOf(node).some((type) => types.test(type)))) return true;
    } catch {
      // Broken JSON-LD is common.
    }
  }
  return false;
}

/** Whether the page's structured data says it is an article (JSON-LD or `og:type`). */
export function declaresArticle(document: Document): boolean {
  // Tag queries and attribute reads: attribute selectors are slow in some DOMs (jsdom).
  for (const meta of document.querySelectorAll('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key === 'og:type' && meta.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  }
  return jsonLdDeclares(document, ARTICLE_TYPES);
}

const DISCUSSION_TYPES = /^(?:DiscussionForumPosting|QAPage|Question|SocialMediaPosting)$/;
const DISCUSSION_ITEMTYPE = /schema\.org\/(?:DiscussionForumPosting|QAPage|Question|SocialMediaPosting)\b/;

/**
 * Whether the page's structured data says it is a discussion (a forum thread, a Q&A page), where
 * the replies, marked up as schema.org comments, are the content.
 */
export function declaresDiscussion(document: Document): boolean {
  const known = discussions.get(document);
  if (known !== undefined) return known;
  const answer = findsDiscussion(document);
  discussions.set(document, answer);
  return answer;
}

/** Asked by two steps of one extraction; the source never changes in between. */
const discussions = new WeakMap<Document, boolean>();

/** Drops the answer for a document once its extraction is over (a live page can change). */
export function forgetDiscussion(document: Document): void {
  discussions.delete(document);
}

function findsDiscussion(document: Document): boolean {
  // The page's own document: a form's `getAttribute` may be one of its fields, and the document's
  // `querySelectorAll` an element (`<img name="querySelectorAll">`).
  for (const element of callNative<NodeListOf<Element>>(document, 'querySelectorAll', '[itemtype]')) {
    const itemtype = callNative<string | null>(element, 'getAttribute', 'itemtype');
    if (itemtype && DISCUSSION_ITEMTYPE.test(itemtype)) return true;
  }
  return jsonLdDeclares(document, DISCUSSION_TYPES);
}

export interface DetectOptions {
  /** Tells whether an element is visible; the live page passes one that uses computed style. */
  isVisible?: (element: Element) => boolean;
  /**
   * Pages with more elements than this are not checked at all (answer: not an article), so that
   * the always-on check never holds up an enormous page; the reading view can still be asked.
   */
  maxElements?: number;
}

/** The always-on detection's element limit: far above any news page, far below a hostile one. */
export const DETECTION_MAX_ELEMENTS = 40_000;

/**
 * The always-on detection's page-size limit (bytes of HTML as decoded): the largest news page of
 * the benchmark is 1.4 MiB; a 20 MB page with few elements would still cost ~85 ms of
 * `isProbablyReaderable` text reading at load. Above it the page is not checked at load.
 */
export const DETECTION_MAX_BYTES = 5_000_000;

/**
 * Elements in the document, counted by the DOM's own method from its prototype: markup cannot
 * shadow that (`<img name="getElementsByTagName">`). The same as native.ts, smaller, for the
 * always-on script's size budget.
 */
function elementCount(document: Document): number {
  let proto = Object.getPrototypeOf(document) as Document;
  while (!Object.hasOwn(proto, 'getElementsByTagName')) proto = Object.getPrototypeOf(proto) as Document;
  return proto.getElementsByTagName.call(document, '*').length;
}

/**
 * The cheap "is this an article?" check: Readability's `isProbablyReaderable` (text-heavy
 * paragraphs), or structured data declaring an article together with some real paragraphs.
 * Reads the document only; never changes it.
 */
export function isArticlePage(document: Document, options: DetectOptions = {}): boolean {
  if (options.maxElements !== undefined && elementCount(document) > options.maxElements) return false;
  const isVisible = options.isVisible;
  const readerableOptions = isVisible
    ? { visibilityChecker: (node: Node) => isVisible(node as Element) }
    : {};
  if (isProbablyReaderable(document, { minContentLength: 120, minScore: 20, ...readerableOptions })) {
    return true;
  }
  if (!declaresArticle(document)) return false;
  // A declared article still needs a body: a paywall stub or an index page that is tagged
  // "article" by its CMS has no paragraphs worth reading.
  return isProbablyReaderable(document, { minContentLength: 80, minScore: 10, ...readerableOptions });
}
