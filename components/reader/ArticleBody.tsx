import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticle } from '@/utils/sanitize/sanitize-article';

interface ArticleBodyProps {
  /** The article body as the extraction returned it (already sanitized once, in the page). */
  html: string;
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
 */
export function ArticleBody({ html }: ArticleBodyProps) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    root.addEventListener('error', dropBrokenImage, true);
    root.replaceChildren(sanitizeArticle(html, window));
    return () => root.removeEventListener('error', dropBrokenImage, true);
  }, [html]);
  return <div class="article-body" ref={container} />;
}
