import { useLayoutEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/extraction';
import { markArticleRendered } from '@/utils/browser/reader-timing';
import { messagesDirection, messagesLocale, t } from '@/utils/browser/i18n';
import { MAX_ARTICLE_IMAGES } from '@/utils/extraction/limits';
import { leftImagesOut } from '@/utils/extraction/steps/limit-images';
import type { RenderedFacts } from './ArticleBody';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { KeyFactsPanel } from './KeyFactsPanel';

interface ArticleViewProps {
  article: Article;
  /** Whether key facts are highlighted and listed (the reader setting). */
  highlightFacts: boolean;
}

/**
 * The article in its own language and direction, whatever the UI's are. An unknown language is
 * `lang=""` (unknown), so the article never inherits the UI's language. The key-facts panel sits
 * between the header and the body, in the UI's language.
 */
export function ArticleView({ article, highlightFacts }: ArticleViewProps) {
  const [rendered, setRendered] = useState<RenderedFacts | null>(null);
  // After the body's own layout effect (children's run first): the whole article is in the DOM.
  useLayoutEffect(markArticleRendered, [article]);
  return (
    <article class="article" data-testid="article" dir={article.dir} lang={article.lang}>
      <ArticleHeader article={article} />
      {leftImagesOut(article.removed) && (
        <p
          class="article-notice"
          role="note"
          data-testid="images-left-out"
          lang={messagesLocale()}
          dir={messagesDirection()}
        >
          {t('noticeImagesLeftOut', String(MAX_ARTICLE_IMAGES))}
        </p>
      )}
      {highlightFacts && rendered && <KeyFactsPanel rendered={rendered} lang={article.lang} />}
      <ArticleBody html={article.html} lang={article.lang} highlight={highlightFacts} onFacts={setRendered} />
    </article>
  );
}
