import TurndownService from 'turndown';
import type { Article } from '../../utils/extraction';

/** One converter for the whole run: building it (and its rules) per article would be wasted work. */
let service: TurndownService | null = null;

function turndownService(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
      emDelimiter: '_',
      hr: '* * *',
    });
    // Plain Markdown has no tables; the sanitized HTML table is valid Markdown and keeps its shape.
    service.keep(['table']);
    // Turndown leaves `<` alone, so text such as "the <old> bridge" would render as an HTML tag.
    const escapeMarkdown = service.escape.bind(service);
    service.escape = (text) => escapeMarkdown(text).replace(/<(?=[A-Za-z/!?])/g, '\\<');
  }
  return service;
}

/** `2024-08-15T10:42:10.000Z` → `2024-08-15`: the day is enough under a headline. */
function dateOf(publishedTime: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(publishedTime)?.[0] ?? publishedTime;
}

/** The line under the headline: site, byline and date, those that are known. */
export function metadataLine(article: Pick<Article, 'siteName' | 'byline' | 'publishedTime'>): string {
  return [article.siteName, article.byline, dateOf(article.publishedTime)]
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' · ');
}

/** The article as Markdown: `# Title`, the metadata line (when there is any), then the body. */
export function articleToMarkdown(
  article: Pick<Article, 'title' | 'siteName' | 'byline' | 'publishedTime' | 'html'>,
): string {
  const converter = turndownService();
  const title = converter.escape(article.title.replace(/\s+/g, ' ').trim());
  const metadata = converter.escape(metadataLine(article));
  const body = converter.turndown(article.html).trim();
  return [`# ${title}`, metadata, body].filter(Boolean).join('\n\n') + '\n';
}
