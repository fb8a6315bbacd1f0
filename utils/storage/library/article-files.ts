import TurndownService from 'turndown';
import { strToU8, zipSync } from 'fflate';
import type { SanitizerWindow } from '../../sanitize/sanitize-article';
import { sanitizeArticle, sanitizeArticleHtml } from '../../sanitize/sanitize-article';
import type { SavedArticle } from './types';

export type ArticleFileFormat = 'markdown' | 'html';

/** A file to download: its name and bytes. */
export interface ExportFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const EXTENSIONS: Record<ArticleFileFormat, string> = { markdown: 'md', html: 'html' };
const TYPES: Record<ArticleFileFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** A file name from a title: any script, no path or reserved characters, bounded. */
export function fileNameFor(title: string, extension: string, taken: Set<string> = new Set()): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80) || 'article';
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}-${n}.${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of Markdown text: the metadata is text, never markup. */
function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#])/g, '\\$1');
}

/** The article as Markdown: title, source and date, then the body (sanitized again, then converted). */
export function articleMarkdown(article: SavedArticle, window: SanitizerWindow): string {
  const holder = window.document.createElement('div');
  holder.append(sanitizeArticle(article.html, window));
  const body = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
  }).turndown(holder);
  const lines = [`# ${markdownText(article.title)}`, ''];
  if (article.byline) lines.push(markdownText(article.byline), '');
  lines.push(`<${article.url}>`, '');
  if (article.publishedTime) lines.push(article.publishedTime, '');
  return `${lines.join('\n')}\n${body}\n`;
}

/**
 * The article as a standalone HTML page, in its own language and direction. The body is sanitized
 * again, and the page's own policy forbids scripts should anything have slipped through.
 */
export function articleHtml(article: SavedArticle, window: SanitizerWindow): string {
  const lang = escapeHtml(article.lang);
  return `<!doctype html>
<html lang="${lang}" dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.7;font-family:serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
${article.byline ? `<p>${escapeHtml(article.byline)}</p>\n` : ''}<p><a href="${escapeHtml(article.url)}">${escapeHtml(article.siteName || article.url)}</a></p>
${sanitizeArticleHtml(article.html, window)}
</article>
</body>
</html>
`;
}

/** One file per article; several go into one zip. */
export function articleFiles(
  articles: readonly SavedArticle[],
  format: ArticleFileFormat,
  window: SanitizerWindow,
  zipName = 'qari-articles.zip',
): ExportFile {
  const extension = EXTENSIONS[format];
  const render = format === 'markdown' ? articleMarkdown : articleHtml;
  const taken = new Set<string>();
  const files = articles.map((article) => ({
    name: fileNameFor(article.title, extension, taken),
    text: render(article, window),
  }));
  const [only] = files;
  if (files.length === 1 && only) return { name: only.name, type: TYPES[format], bytes: strToU8(only.text) };
  const entries = Object.fromEntries(files.map((file) => [file.name, strToU8(file.text)]));
  return { name: zipName, type: 'application/zip', bytes: zipSync(entries, { level: 6 }) };
}
