import type { KeyFact } from '../../facts/types';
import type { TextDirection } from '../../extraction/types';

/**
 * One saved article as the library list needs it: everything but the body. Kept apart from the
 * body (`ArticleContent`) so that the library page reads thousands of these without the bodies.
 */
export interface LibraryEntry {
  /** Stable id (UUID): `reader.html?id=<id>`. */
  id: string;
  /** The key: saving the same canonical URL again updates this entry. */
  canonicalUrl: string;
  /** The address it was saved from. */
  url: string;
  title: string;
  byline: string;
  siteName: string;
  /** Host of the canonical URL without www/m/amp (schema v2): the site filter's key. */
  site: string;
  lang: string;
  dir: TextDirection;
  publishedTime: string;
  excerpt: string;
  leadImage: string;
  wordCount: number;
  readingTimeMinutes: number;
  tags: string[];
  /** When it was first saved (ms since the epoch). */
  savedAt: number;
  /** When it was last saved again or imported. */
  updatedAt: number;
  /** How far it has been read: scroll fraction 0–1. */
  readingPosition: number;
  /** Bytes the entry and its body take as UTF-8 JSON (the usage display). */
  size: number;
}

/** The body of a saved article. */
export interface ArticleContent {
  id: string;
  /** Sanitized when extracted; sanitized again wherever it is shown or exported. */
  html: string;
  text: string;
  keyFacts?: KeyFact[];
}

/** An entry with its body: what `getArticle` returns and the export file holds. */
export type SavedArticle = LibraryEntry & Omit<ArticleContent, 'id'>;

/** What saving needs: the extracted article (and its key facts when the reader found some). */
export interface ArticleToSave {
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  dir: TextDirection;
  publishedTime: string;
  excerpt: string;
  leadImage: string;
  html: string;
  text: string;
  wordCount: number;
  readingTimeMinutes: number;
  keyFacts?: KeyFact[];
}

/** Why a library operation failed; each has a message in the user's language. */
export type LibraryErrorCode =
  | 'quota'
  | 'closed'
  | 'failed'
  | 'not-found'
  | 'no-address'
  | 'import-corrupt'
  | 'import-foreign'
  | 'import-future'
  | 'import-too-large'
  | 'import-invalid';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    /** For import errors: where in the file (e.g. `articles[3].html`). */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}
