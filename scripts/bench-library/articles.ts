import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../utils/extraction';
import type { ArticleToSave, LibraryEntry, SavedArticle } from '../../utils/storage/library/types';
import { siteOf } from '../../utils/storage/library/site';
import { savedFields } from '../../utils/storage/library/repository';
import { listPages, readGzipHtml } from '../bench/corpora';
import { loadFixturePages } from '../../tests/fixtures/fixture-pages';

/**
 * Articles extracted by the pipeline in Node (jsdom) from the AEB benchmark pages and the project's
 * fixture pages (19 of them right to left: the benchmark sets have none). Cached in `cacheFile`.
 */
export function baseArticles(cacheFile: string, log: (line: string) => void): ArticleToSave[] {
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as ArticleToSave[];
  const quiet = new VirtualConsole();
  const sources = [
    ...listPages()
      .filter((page) => page.set === 'aeb')
      .map((page) => ({
        url: page.url || `https://aeb.example/${page.id}`,
        html: () => readGzipHtml(page.file),
      })),
    ...loadFixturePages()
      .filter((page) => page.expected.readerable)
      .map((page) => ({ url: page.expected.url, html: () => page.html })),
  ];
  const articles: ArticleToSave[] = [];
  sources.forEach((source, index) => {
    try {
      const dom = new JSDOM(source.html(), { url: source.url, virtualConsole: quiet });
      const article = extractArticle(dom.window.document, { url: source.url });
      dom.window.close();
      if (article.canonicalUrl) articles.push(savedFields(article));
    } catch {
      // Not an article (or not readable by jsdom): not in the library.
    }
    if ((index + 1) % 25 === 0) log(`  extracted ${index + 1}/${sources.length}`);
  });
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(articles));
  return articles;
}

const TAGS = ['news', 'politics', 'science', 'sport', 'culture', 'economy', 'later', 'سياسة', 'اقتصاد'];
const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * The `index`-th of the library's saved articles: base article `index % n`, copy `index / n`, each
 * copy with its own canonical URL (and a title that says which copy), saved at its own time.
 */
export function variantRecord(
  bases: readonly ArticleToSave[],
  index: number,
  now: number,
): { entry: LibraryEntry; content: { id: string; html: string; text: string } } {
  const base = bases[index % bases.length];
  if (!base) throw new Error('no base articles');
  const copy = Math.floor(index / bases.length);
  const url = new URL(base.canonicalUrl);
  if (copy > 0) url.pathname = `${url.pathname.replace(/\/$/, '')}/copy-${copy}`;
  const id = `bench-${String(index).padStart(5, '0')}`;
  const article: SavedArticle = {
    ...base,
    canonicalUrl: url.href,
    title: copy > 0 ? `${base.title} (${copy + 1})` : base.title,
    id,
    site: siteOf(url.href),
    tags: index % 3 === 0 ? [TAGS[index % TAGS.length] ?? 'news'] : [],
    savedAt: now - Math.floor((((index * 7919) % 5000) / 5000) * 2 * YEAR_MS),
    updatedAt: now,
    readingPosition: 0,
    size: 0,
  };
  const { html, text, ...entry } = article;
  return {
    entry: { ...entry, size: Buffer.byteLength(JSON.stringify(article)) },
    content: { id, html, text },
  };
}
