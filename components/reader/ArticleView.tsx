import { useLayoutEffect } from 'preact/hooks';
import type { Article } from '@/utils/extraction';
import { markArticleRendered } from '@/utils/browser/reader-timing';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';

/**
 * The article in its own language and direction, whatever the UI's are. An unknown language is
 * `lang=""` (unknown), so the article never inherits the UI's language.
 */
export function ArticleView({ article }: { article: Article }) {
  // After the body's own layout effect (children's run first): the whole article is in the DOM.
  useLayoutEffect(markArticleRendered, [article]);
  return (
    <article class="article" data-testid="article" dir={article.dir} lang={article.lang}>
      <ArticleHeader article={article} />
      <ArticleBody html={article.html} />
    </article>
  );
}
