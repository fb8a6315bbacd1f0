import type { Article } from '@/utils/extraction';
import { findKeyFacts } from '@/utils/facts';
import { sanitizeArticle } from '@/utils/sanitize/sanitize-article';
import type { SanitizerWindow } from '@/utils/sanitize/sanitize-article';

/**
 * The article with the key facts of its body as the reading view renders it. The view reads a tab
 * without key facts (it finds them on what it shows, in ArticleBody.tsx), so a save from the view
 * finds them the same way here: the same sanitizer, the same rules, the same offsets.
 */
export function withShownKeyFacts(article: Article, window: SanitizerWindow): Article {
  const root = window.document.createElement('div');
  root.replaceChildren(sanitizeArticle(article.html, window));
  return { ...article, keyFacts: findKeyFacts(root, { lang: article.lang }) };
}
