import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticle } from '@/utils/sanitize/sanitize-article';
import type { KeyFact } from '@/utils/facts';
import { findKeyFacts } from '@/utils/facts';
import { highlightFacts } from '@/utils/facts/highlight-facts';
import { describeFact } from './fact-labels';

/** The key facts of the body as rendered, each with its first highlight (null when not highlighted). */
export interface RenderedFacts {
  facts: KeyFact[];
  marks: (HTMLElement | null)[];
}

interface ArticleBodyProps {
  /** The article body as the extraction returned it (already sanitized once, in the page). */
  html: string;
  /** The article's language, for the key-facts rules. */
  lang: string;
  /** Whether key facts are wrapped in <mark data-fact>; off, the body is exactly the sanitized HTML. */
  highlight: boolean;
  /** Told the facts of each render, so the key-facts panel lists what the body shows. */
  onFacts?: (rendered: RenderedFacts) => void;
}

/**
 * An image that cannot load (offline, hot-link protection, a tracker blocked) would leave a broken
 * box as tall as its declared size; the reader drops it instead. Errors do not bubble, hence capture.
 */
function dropBrokenImage(event: Event): void {
  if (event.target instanceof HTMLImageElement) event.target.remove();
}

/**
 * The ONE place in the extension where article HTML becomes DOM. The HTML crossed from a page we do
 * not trust, so it is sanitized again here, in the extension page's own window, and appended as
 * nodes: never through innerHTML or dangerouslySetInnerHTML.
 *
 * Key facts are found on that sanitized DOM (not taken from the stored article), so highlights
 * always match the text shown; they are added by splitting text nodes, never by writing HTML.
 */
export function ArticleBody({ html, lang, highlight, onFacts }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  const report = useRef(onFacts);
  report.current = onFacts;
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    root.addEventListener('error', dropBrokenImage, true);
    root.replaceChildren(sanitizeArticle(html, window));
    const facts = findKeyFacts(root, { lang });
    const marks = highlight ? highlightFacts(root, facts, { describe: describeFact }) : facts.map(() => null);
    report.current?.({ facts, marks });
    return () => root.removeEventListener('error', dropBrokenImage, true);
  }, [html, lang, highlight]);
  return <div class="article-body" ref={container} />;
}
