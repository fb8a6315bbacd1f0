import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import type { LibraryDb } from '@/utils/storage/library/db';
import { openLibraryDb } from '@/utils/storage/library/db';
import type { ArticleToSave } from '@/utils/storage/library/types';
import type { SanitizerWindow } from '@/utils/sanitize/sanitize-article';

/** jsdom's window for the sanitizer (DOMPurify is wrong under happy-dom: toolchain notes). */
export const sanitizerWindow = new JSDOM('').window as unknown as SanitizerWindow;

let counter = 0;

/** fake-indexeddb, given to Dexie explicitly (no globals to patch). */
export const FAKE_INDEXED_DB = { indexedDB, IDBKeyRange };

/** A fresh, empty library database (fake-indexeddb), its own name per test. */
export function freshDb(): LibraryDb {
  counter += 1;
  return openLibraryDb(`qari-library-test-${counter}`, FAKE_INDEXED_DB);
}

export function sampleArticle(overrides: Partial<ArticleToSave> = {}): ArticleToSave {
  return {
    url: 'https://news.example/2024/uae-satellite?utm_source=x',
    canonicalUrl: 'https://news.example/2024/uae-satellite',
    title: 'الإمارات تطلق قمراً صناعياً',
    byline: 'مراسلنا',
    siteName: 'أخبار',
    lang: 'ar',
    dir: 'rtl',
    publishedTime: '2024-03-01T10:00:00.000Z',
    excerpt: 'أعلنت الإمارات إطلاق قمر صناعي.',
    leadImage: 'https://news.example/img/sat.jpg',
    html: '<p>أعلنت الإمارات اليوم إطلاق قمر صناعي جديد.</p>',
    text: 'أعلنت الإمارات اليوم إطلاق قمر صناعي جديد.',
    wordCount: 7,
    readingTimeMinutes: 1,
    ...overrides,
  };
}

/** Everything in the library, both tables, to compare before and after an operation. */
export async function snapshot(db: LibraryDb): Promise<unknown> {
  return {
    entries: await db.entries.orderBy('id').toArray(),
    contents: await db.contents.orderBy('id').toArray(),
  };
}
