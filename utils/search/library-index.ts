import MiniSearch from 'minisearch';
import { indexTerms, queryTerm, tokenize } from './normalize';

/** What the library indexes of one saved article. */
export interface SearchableArticle {
  id: string;
  title: string;
  /** Site name and host, e.g. "BBC News bbc.co.uk". */
  site: string;
  text: string;
}

/**
 * Characters of an article's text that are indexed. Most articles are shorter; a very long one is
 * found by its title, site and the first several thousand words. Keeps building 5,000 entries within
 * a few seconds and the index within memory (measured: `npm run bench:library`).
 */
export const INDEXED_TEXT_CHARS = 20_000;

const FIELDS = ['title', 'site', 'text'] as const;

/** Shorter typed words match whole words only: a one-letter prefix would match most of the library. */
export const MIN_PREFIX_LENGTH = 2;

/**
 * The body's words, each once: the body is found by which words it has, while how often each
 * occurs adds little next to the title's weight, and indexing each word once halves the build.
 */
function tokenizeField(text: string, field?: string): string[] {
  const words = tokenize(text);
  return field === 'text' ? [...new Set(words)] : words;
}

function newIndex(): MiniSearch<SearchableArticle> {
  return new MiniSearch<SearchableArticle>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize: tokenizeField,
    // Indexing: the word and each of its stems (و/ف/ب/ل/ك/ال… off); searching: one term per word.
    processTerm: (term) => indexTerms(term),
    extractField: (document, field) => {
      const value = document[field as keyof SearchableArticle];
      return field === 'text' ? value.slice(0, INDEXED_TEXT_CHARS) : value;
    },
    searchOptions: {
      tokenize,
      processTerm: (term) => queryTerm(term),
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      combineWith: 'AND',
      boost: { title: 3, site: 2 },
    },
  });
}

/**
 * The library's full-text index: title, site and text, Arabic- and accent-insensitive, prefix
 * matching as the user types. Lives in memory on the library page.
 */
export class LibraryIndex {
  private index = newIndex();

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Adds or replaces one article. */
  put(article: SearchableArticle): void {
    if (this.index.has(article.id)) this.index.discard(article.id);
    this.index.add(article);
  }

  putAll(articles: readonly SearchableArticle[]): void {
    for (const article of articles) this.put(article);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  clear(): void {
    this.index = newIndex();
  }

  /** Ids of matching articles, best first; an empty query matches nothing (the caller shows all). */
  search(query: string): string[] {
    if (tokenize(query).length === 0) return [];
    return this.index.search(query).map((result) => String(result.id));
  }
}
