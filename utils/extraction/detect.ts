// The stand-alone file, not the package index: the index also pulls in all of Readability.js, and
// this module is bundled into the always-on detection script (see readability-readerable.d.ts).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;

function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const type = (node as { '@type'?: unknown })['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function jsonLdNodes(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (value && typeof value === 'object') {
    const graph = (value as { '@graph'?: unknown })['@graph'];
    return [value, ...(graph ? jsonLdNodes(graph) : [])];
  }
  return [];
}

/** Whether the page's structured data says it is an article (JSON-LD or `og:type`). */
export function declaresArticle(document: Document): boolean {
  const ogType = document.querySelector('meta[property="og:type"], meta[name="og:type"]');
  if (ogType?.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      if (jsonLdNodes(data).some((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)))) {
        return true;
      }
    } catch {
      // Broken JSON-LD is common; it simply says nothing.
    }
  }
  return false;
}

export interface DetectOptions {
  /** Tells whether an element is visible; the live page passes one that uses computed style. */
  isVisible?: (element: Element) => boolean;
}

/**
 * The cheap "is this an article?" check: Readability's `isProbablyReaderable` (text-heavy
 * paragraphs), or structured data declaring an article together with some real paragraphs.
 * Reads the document only; never changes it.
 */
export function isArticlePage(document: Document, options: DetectOptions = {}): boolean {
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
