import type { LibraryDb } from './db';
import type { ArticleContent, ArticleToSave, LibraryEntry, SavedArticle } from './types';
import { LibraryError } from './types';
import { guarded } from './errors';
import { siteOf } from './site';

/** UTF-8 bytes of a record as JSON: what the usage display adds up. */
export function recordSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

export function splitArticle(article: SavedArticle): { entry: LibraryEntry; content: ArticleContent } {
  const { html, text, keyFacts, ...entry } = article;
  return { entry, content: { id: article.id, html, text, ...(keyFacts ? { keyFacts } : {}) } };
}

export function joinArticle(entry: LibraryEntry, content: ArticleContent | undefined): SavedArticle {
  return {
    ...entry,
    html: content?.html ?? '',
    text: content?.text ?? '',
    ...(content?.keyFacts ? { keyFacts: content.keyFacts } : {}),
  };
}

/** The stored size of an article, set on the entry (the entry's own `size` not counted). */
export function withSize(article: SavedArticle): SavedArticle {
  return { ...article, size: recordSize({ ...article, size: 0 }) };
}

/**
 * Only what the library keeps: the extracted article carries more (`removed`, `readerable`), and
 * the stored record must be exactly what export and import carry.
 */
export function savedFields(article: ArticleToSave): ArticleToSave {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    dir: article.dir,
    publishedTime: article.publishedTime,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    html: article.html,
    text: article.text,
    wordCount: article.wordCount,
    readingTimeMinutes: article.readingTimeMinutes,
    ...(article.keyFacts?.length ? { keyFacts: article.keyFacts } : {}),
  };
}

export interface SaveResult {
  article: SavedArticle;
  /** False when the canonical URL was already saved and its entry was updated. */
  created: boolean;
}

/**
 * Saves an article, or updates the saved one with the same canonical URL (its id, tags, reading
 * position and first-saved date stay). One read-write transaction over both tables: two saves at
 * once are serialised by IndexedDB, and a failure leaves the library as it was.
 */
export function saveArticle(
  db: LibraryDb,
  article: ArticleToSave,
  { now = Date.now(), readingPosition }: { now?: number; readingPosition?: number } = {},
): Promise<SaveResult> {
  return guarded(async () => {
    if (!article.canonicalUrl) throw new LibraryError('no-address', 'The article has no web address.');
    return db.transaction('rw', db.entries, db.contents, async () => {
      const existing = await db.entries.where('canonicalUrl').equals(article.canonicalUrl).first();
      const saved = withSize({
        ...savedFields(article),
        id: existing?.id ?? crypto.randomUUID(),
        site: siteOf(article.canonicalUrl),
        tags: existing?.tags ?? [],
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
        readingPosition: readingPosition ?? existing?.readingPosition ?? 0,
        size: 0,
      });
      const { entry, content } = splitArticle(saved);
      await db.entries.put(entry);
      await db.contents.put(content);
      return { article: saved, created: !existing };
    });
  });
}

export function getArticle(db: LibraryDb, id: string): Promise<SavedArticle | undefined> {
  return guarded(() =>
    db.transaction('r', db.entries, db.contents, async () => {
      const entry = await db.entries.get(id);
      return entry ? joinArticle(entry, await db.contents.get(id)) : undefined;
    }),
  );
}

export function findByCanonicalUrl(db: LibraryDb, canonicalUrl: string): Promise<LibraryEntry | undefined> {
  return guarded(() => db.entries.where('canonicalUrl').equals(canonicalUrl).first());
}

/** Every entry, newest first (no bodies). */
export function listEntries(db: LibraryDb): Promise<LibraryEntry[]> {
  return guarded(() => db.entries.orderBy('savedAt').reverse().toArray());
}

/** What `deleteArticles` removed, to put back on "Undo". */
export interface RemovedArticles {
  entries: LibraryEntry[];
  contents: ArticleContent[];
}

export function deleteArticles(db: LibraryDb, ids: readonly string[]): Promise<RemovedArticles> {
  return guarded(() =>
    db.transaction('rw', db.entries, db.contents, async () => {
      const entries = (await db.entries.bulkGet([...ids])).filter((entry) => entry !== undefined);
      const contents = (await db.contents.bulkGet([...ids])).filter((content) => content !== undefined);
      await db.entries.bulkDelete([...ids]);
      await db.contents.bulkDelete([...ids]);
      return { entries, contents };
    }),
  );
}

/** Every article, for "Delete all" (kept for undo until the page closes). */
export function deleteAll(db: LibraryDb): Promise<RemovedArticles> {
  return guarded(() =>
    db.transaction('rw', db.entries, db.contents, async () => {
      const removed = { entries: await db.entries.toArray(), contents: await db.contents.toArray() };
      await db.entries.clear();
      await db.contents.clear();
      return removed;
    }),
  );
}

/**
 * Puts deleted articles back ("Undo"). One saved again in the meantime (same canonical URL, new
 * id) is newer than the deleted copy and stays.
 */
export function restoreArticles(db: LibraryDb, removed: RemovedArticles): Promise<number> {
  return guarded(() =>
    db.transaction('rw', db.entries, db.contents, async () => {
      let restored = 0;
      const contents = new Map(removed.contents.map((content) => [content.id, content]));
      for (const entry of removed.entries) {
        const taken = await db.entries.where('canonicalUrl').equals(entry.canonicalUrl).first();
        if (taken && taken.id !== entry.id) continue;
        await db.entries.put(entry);
        const content = contents.get(entry.id);
        if (content) await db.contents.put(content);
        restored += 1;
      }
      return restored;
    }),
  );
}

export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 60;

/** Tags as stored: trimmed, one space between words, no duplicates (case-insensitive), bounded. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
    if (result.length === MAX_TAGS) break;
  }
  return result;
}

async function updateEntry(
  db: LibraryDb,
  id: string,
  change: (entry: LibraryEntry) => Partial<LibraryEntry>,
): Promise<LibraryEntry> {
  return guarded(() =>
    db.transaction('rw', db.entries, async () => {
      const entry = await db.entries.get(id);
      if (!entry) throw new LibraryError('not-found', `No saved article ${id}.`);
      const changed = change(entry);
      const previous = Object.fromEntries(
        Object.keys(changed).map((key) => [key, entry[key as keyof LibraryEntry]]),
      );
      // The stored size follows: the JSON differs by exactly the changed values' lengths.
      const size = entry.size + recordSize(changed) - recordSize(previous);
      const updated = { ...entry, ...changed, size };
      await db.entries.put(updated);
      return updated;
    }),
  );
}

export function setTags(db: LibraryDb, id: string, tags: readonly string[]): Promise<LibraryEntry> {
  return updateEntry(db, id, () => ({ tags: normalizeTags(tags) }));
}

/** Where the reader left off (scroll fraction, clamped to 0–1). */
export function setReadingPosition(db: LibraryDb, id: string, fraction: number): Promise<LibraryEntry> {
  const position = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return updateEntry(db, id, () => ({ readingPosition: position }));
}

export interface LibraryUsage {
  articles: number;
  /** Sum of the saved records' sizes. */
  bytes: number;
  /** The browser's estimate for the whole extension (IndexedDB, storage, caches), when it gives one. */
  originBytes: number | null;
}

export function libraryUsage(db: LibraryDb): Promise<LibraryUsage> {
  return guarded(async () => {
    let bytes = 0;
    let articles = 0;
    await db.entries.each((entry) => {
      articles += 1;
      bytes += entry.size;
    });
    let originBytes: number | null;
    try {
      const estimate = await globalThis.navigator?.storage?.estimate?.();
      originBytes = estimate?.usage ?? null;
    } catch {
      originBytes = null;
    }
    return { articles, bytes, originBytes };
  });
}
