import * as v from 'valibot';
import type { SanitizerWindow } from '../../sanitize/sanitize-article';
import { sanitizeArticleHtml } from '../../sanitize/sanitize-article';
import type { LibraryDb } from './db';
import type { SavedArticle } from './types';
import { LibraryError } from './types';
import { guarded } from './errors';
import { joinArticle, normalizeTags, splitArticle, withSize } from './repository';
import { siteOf } from './site';
import type { ImportedArticle } from './import-schema';
import {
  ArticlesSchema,
  EnvelopeSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_LIMITS,
} from './import-schema';

/** An exported article: everything saved but what is recomputed on import (site, size). */
export type ExportedArticle = Omit<SavedArticle, 'site' | 'size'>;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: ExportedArticle[];
}

/** The whole library as one object (newest first), read in one transaction. */
export function exportLibrary(db: LibraryDb, now = Date.now()): Promise<LibraryExport> {
  return guarded(() =>
    db.transaction('r', db.entries, db.contents, async () => {
      const entries = await db.entries.orderBy('savedAt').reverse().toArray();
      const contents = await db.contents.bulkGet(entries.map((entry) => entry.id));
      const articles = entries.map((entry, index) => {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { site, size, ...exported } = joinArticle(entry, contents[index]);
        return exported;
      });
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now).toISOString(),
        articles,
      };
    }),
  );
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Already in the library, at least as recent: kept as it was (tags merged). */
  unchanged: number;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return v.getDotPath(issue) ?? '';
}

/**
 * Reads and checks an export file: refuses what is not ours, of a future version, damaged or too
 * large, with the reason (LibraryError code) and where (detail). Returns the articles with their
 * HTML sanitized again: the file may have been written by anyone.
 */
export function parseLibraryFile(fileText: string, window: SanitizerWindow): ImportedArticle[] {
  if (fileText.length > IMPORT_LIMITS.fileBytes)
    throw new LibraryError('import-too-large', 'The file is larger than a library export can be.');
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    throw new LibraryError('import-corrupt', `The file is not valid JSON: ${String(error)}`);
  }
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  if (!isObject || (json as { format?: unknown }).format !== EXPORT_FORMAT)
    throw new LibraryError('import-foreign', 'The file is not a Qari library export.');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION)
    throw new LibraryError(
      'import-future',
      `The file is of version ${version}; this Qari reads up to ${EXPORT_VERSION}.`,
    );
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    const path = issuePath(envelope.issues[0]);
    throw new LibraryError('import-invalid', `The file is damaged at ${path}.`, path);
  }
  const articles = v.safeParse(ArticlesSchema, envelope.output.articles);
  if (!articles.success) {
    const issue = articles.issues[0];
    const path = `articles.${issuePath(issue)}`.replace(/\.$/, '');
    const tooLarge = issue.type === 'max_length';
    throw new LibraryError(
      tooLarge ? 'import-too-large' : 'import-invalid',
      `${tooLarge ? 'Too large' : 'Not valid'}: ${path}.`,
      path,
    );
  }
  return articles.output.map((article) => ({
    ...article,
    html: sanitizeArticleHtml(article.html, window),
    tags: normalizeTags(article.tags),
  }));
}

function toSaved(article: ImportedArticle, id: string): SavedArticle {
  const { keyFacts, ...fields } = article;
  return withSize({
    ...fields,
    ...(keyFacts ? { keyFacts } : {}),
    id,
    site: siteOf(article.canonicalUrl),
    size: 0,
  });
}

/**
 * Imports an export file, merging by canonical URL: an article already saved is replaced by the
 * file's copy only when that one is newer (its id and the union of both tags stay). All in one
 * transaction: a refusal or a failure half-way leaves the library exactly as it was.
 */
export async function importLibrary(
  db: LibraryDb,
  fileText: string,
  window: SanitizerWindow,
): Promise<ImportResult> {
  const incoming = parseLibraryFile(fileText, window);
  // The same article twice in one file: the newer copy.
  const byUrl = new Map<string, ImportedArticle>();
  for (const article of incoming) {
    const known = byUrl.get(article.canonicalUrl);
    if (!known || article.updatedAt > known.updatedAt) byUrl.set(article.canonicalUrl, article);
  }
  return guarded(() =>
    db.transaction('rw', db.entries, db.contents, async () => {
      const existing = await db.entries.toArray();
      const byCanonical = new Map(existing.map((entry) => [entry.canonicalUrl, entry]));
      const takenIds = new Set(existing.map((entry) => entry.id));
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      const toPut: SavedArticle[] = [];
      const retagged: SavedArticle[] = [];
      for (const article of byUrl.values()) {
        const local = byCanonical.get(article.canonicalUrl);
        if (!local) {
          const id = takenIds.has(article.id) ? crypto.randomUUID() : article.id;
          takenIds.add(id);
          toPut.push(toSaved(article, id));
          result.added += 1;
          continue;
        }
        const tags = normalizeTags([...local.tags, ...article.tags]);
        if (article.updatedAt > local.updatedAt) {
          toPut.push(
            toSaved({ ...article, tags, savedAt: Math.min(local.savedAt, article.savedAt) }, local.id),
          );
          result.updated += 1;
        } else {
          if (tags.length !== local.tags.length) retagged.push({ ...local, tags, html: '', text: '' });
          result.unchanged += 1;
        }
      }
      const parts = toPut.map(splitArticle);
      await db.entries.bulkPut(parts.map((part) => part.entry));
      await db.contents.bulkPut(parts.map((part) => part.content));
      if (retagged.length) await db.entries.bulkPut(retagged.map((article) => splitArticle(article).entry));
      return result;
    }),
  );
}
