import type { Article } from '@/utils/extraction';
import { messagesDirection, messagesLocale, t, uiLanguage } from '@/utils/browser/i18n';

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(date);
}

/**
 * Title, then site, byline, date and reading time. Site and byline are in the article's language;
 * date and reading time are ours, in the UI's language and direction (as Firefox's reader does),
 * each isolated so neither reorders the other.
 */
export function ArticleHeader({ article }: { article: Article }) {
  const date = article.publishedTime ? formatDate(article.publishedTime) : '';
  const ours = { lang: messagesLocale(), dir: messagesDirection() };
  return (
    <header class="article-header">
      {article.siteName && <p class="article-site">{article.siteName}</p>}
      <h1 class="article-title" data-testid="article-title">
        {article.title}
      </h1>
      <p class="article-meta" aria-label={t('articleDetails')}>
        {article.byline && <bdi class="article-byline">{article.byline}</bdi>}
        {date && (
          <time class="article-date" dateTime={article.publishedTime} {...ours}>
            {date}
          </time>
        )}
        <span class="article-reading-time" data-testid="reading-time" {...ours}>
          {t('readingTime', String(article.readingTimeMinutes))}
        </span>
      </p>
    </header>
  );
}
