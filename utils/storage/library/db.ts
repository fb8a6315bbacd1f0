import Dexie from 'dexie';
import type { DexieOptions, EntityTable } from 'dexie';
import type { ArticleContent, LibraryEntry } from './types';
import { siteOf } from './site';

export const LIBRARY_DB_NAME = 'qari-library';

/** The schema version this build writes. Each step below is a migration from the one before. */
export const LIBRARY_SCHEMA_VERSION = 2;

/**
 * Index specs per version. v1: entries by id, unique canonical URL, date saved, title, language and
 * tags; bodies by id. v2: `site` (host) on every entry, indexed: the site filter needs one key per
 * site, and `siteName` is empty on many pages and spelled differently across one site's pages.
 */
export const SCHEMA = {
  1: {
    entries: 'id, &canonicalUrl, savedAt, title, lang, *tags',
    contents: 'id',
  },
  2: {
    entries: 'id, &canonicalUrl, savedAt, title, lang, site, *tags',
    contents: 'id',
  },
} as const;

export type LibraryDb = Dexie & {
  entries: EntityTable<LibraryEntry, 'id'>;
  contents: EntityTable<ArticleContent, 'id'>;
};

/** Declares every version up to `upTo` (tests open older ones to make frozen data). */
export function declareVersions(db: Dexie, upTo: number = LIBRARY_SCHEMA_VERSION): void {
  db.version(1).stores(SCHEMA[1]);
  if (upTo < 2) return;
  db.version(2)
    .stores(SCHEMA[2])
    .upgrade((transaction) =>
      transaction
        .table<LibraryEntry, string>('entries')
        .toCollection()
        .modify((entry) => {
          entry.site = siteOf(entry.canonicalUrl);
        }),
    );
}

/**
 * The library database, at this build's schema version (opened on first use). `options` lets
 * tests give fake-indexeddb's factory.
 */
export function openLibraryDb(name: string = LIBRARY_DB_NAME, options?: DexieOptions): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  declareVersions(db);
  return db;
}

let shared: LibraryDb | null = null;

/** The extension page's (or background's) one connection. */
export function libraryDb(): LibraryDb {
  shared ??= openLibraryDb();
  return shared;
}
