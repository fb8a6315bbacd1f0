import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '@/utils/storage/library/db';
import {
  deleteAll,
  deleteArticles,
  getArticle,
  libraryUsage,
  listEntries,
  restoreArticles,
  saveArticle,
  setReadingPosition,
  setTags,
} from '@/utils/storage/library/repository';
import { LibraryError } from '@/utils/storage/library/types';
import { freshDb, sampleArticle, snapshot } from './library-helpers';

const dbs: LibraryDb[] = [];
function db(): LibraryDb {
  const opened = freshDb();
  dbs.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of dbs.splice(0)) await opened.delete();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof LibraryError ? error.code : `not a LibraryError: ${String(error)}`;
  }
  return 'no error';
}

describe('saving', () => {
  it('stores the article, its metadata, the canonical URL, the time saved and a reading position', async () => {
    const library = db();
    const facts = [{ kind: 'number' as const, text: '٢٠٢٤', start: 3, end: 7 }];
    const { article, created } = await saveArticle(library, sampleArticle({ keyFacts: facts }), {
      now: 1000,
    });
    expect(created).toBe(true);
    const saved = await getArticle(library, article.id);
    expect(saved).toEqual({
      ...sampleArticle({ keyFacts: facts }),
      id: article.id,
      site: 'news.example',
      tags: [],
      savedAt: 1000,
      updatedAt: 1000,
      readingPosition: 0,
      size: article.size,
    });
    expect(article.size).toBeGreaterThan(sampleArticle().html.length);
  });

  it('saving the same canonical URL again updates the entry, keeping its id, tags, position and date', async () => {
    const library = db();
    const first = await saveArticle(library, sampleArticle(), { now: 1000 });
    await setTags(library, first.article.id, ['space']);
    await setReadingPosition(library, first.article.id, 0.4);
    const again = await saveArticle(
      library,
      sampleArticle({ url: 'https://m.news.example/x', title: 'عنوان محدث', html: '<p>نص محدث</p>' }),
      { now: 2000 },
    );
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    const entries = await listEntries(library);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'عنوان محدث',
      tags: ['space'],
      readingPosition: 0.4,
      savedAt: 1000,
      updatedAt: 2000,
    });
    expect((await getArticle(library, first.article.id))?.html).toBe('<p>نص محدث</p>');
  });

  it('two saves at once (two tabs) keep both', async () => {
    const library = db();
    await Promise.all([
      saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/1' })),
      saveArticle(library, sampleArticle({ canonicalUrl: 'https://b.example/2' })),
    ]);
    const urls = (await listEntries(library)).map((entry) => entry.canonicalUrl).sort();
    expect(urls).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  it('two saves of the same article at once make one entry', async () => {
    const library = db();
    const results = await Promise.all([
      saveArticle(library, sampleArticle()),
      saveArticle(library, sampleArticle()),
    ]);
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
    expect(await listEntries(library)).toHaveLength(1);
  });

  it('refuses an article without a web address', async () => {
    expect(await codeOf(saveArticle(db(), sampleArticle({ canonicalUrl: '' })))).toBe('no-address');
  });

  it('a full disk (quota exceeded) half-way through a save leaves the library as it was', async () => {
    const library = db();
    await saveArticle(library, sampleArticle({ canonicalUrl: 'https://kept.example/1' }));
    const before = await snapshot(library);
    // The entry is written, then the body's write fails: the transaction must undo the entry.
    library.contents.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await codeOf(saveArticle(library, sampleArticle({ canonicalUrl: 'https://new.example/2' })))).toBe(
      'quota',
    );
    expect(await snapshot(library)).toEqual(before);
  });

  it('a closed database is reported as such', async () => {
    const library = db();
    await saveArticle(library, sampleArticle());
    library.close();
    expect(await codeOf(saveArticle(library, sampleArticle({ canonicalUrl: 'https://x.example/' })))).toBe(
      'closed',
    );
    await library.open();
  });
});

describe('the list', () => {
  it('is newest first', async () => {
    const library = db();
    await saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/old', title: 'old' }), {
      now: 1,
    });
    await saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/new', title: 'new' }), {
      now: 3,
    });
    await saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/mid', title: 'mid' }), {
      now: 2,
    });
    expect((await listEntries(library)).map((entry) => entry.title)).toEqual(['new', 'mid', 'old']);
  });

  it.each([
    ['trimmed and collapsed', ['  space   news '], ['space news']],
    ['duplicates dropped, case-insensitively', ['Space', 'space', 'فضاء', 'فضاء'], ['Space', 'فضاء']],
    ['empty ones dropped', ['', '   ', 'x'], ['x']],
  ])('tags are %s', async (_name, tags, expected) => {
    const library = db();
    const { article } = await saveArticle(library, sampleArticle());
    expect((await setTags(library, article.id, tags)).tags).toEqual(expected);
    expect((await getArticle(library, article.id))?.tags).toEqual(expected);
  });

  it.each([
    [0.5, 0.5],
    [1.7, 1],
    [-2, 0],
    [Number.NaN, 0],
  ])('reading position %d is stored as %d', async (fraction, stored) => {
    const library = db();
    const { article } = await saveArticle(library, sampleArticle());
    await setReadingPosition(library, article.id, fraction);
    expect((await getArticle(library, article.id))?.readingPosition).toBe(stored);
  });

  it('tags of an article that is gone: not found', async () => {
    expect(await codeOf(setTags(db(), 'nope', ['x']))).toBe('not-found');
  });
});

describe('deleting', () => {
  it('deletes articles and puts them back on undo, field for field', async () => {
    const library = db();
    const a = await saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/1' }));
    await saveArticle(library, sampleArticle({ canonicalUrl: 'https://b.example/2' }));
    const before = await snapshot(library);
    const removed = await deleteArticles(library, [a.article.id]);
    expect(await getArticle(library, a.article.id)).toBeUndefined();
    expect(await listEntries(library)).toHaveLength(1);
    expect(await restoreArticles(library, removed)).toBe(1);
    expect(await snapshot(library)).toEqual(before);
  });

  it('undo does not bring back an old copy over one saved again since', async () => {
    const library = db();
    const a = await saveArticle(library, sampleArticle({ title: 'old copy' }));
    const removed = await deleteArticles(library, [a.article.id]);
    await saveArticle(library, sampleArticle({ title: 'saved again' }));
    expect(await restoreArticles(library, removed)).toBe(0);
    expect((await listEntries(library)).map((entry) => entry.title)).toEqual(['saved again']);
  });

  it('deletes all, and undo restores all', async () => {
    const library = db();
    for (const n of [1, 2, 3])
      await saveArticle(library, sampleArticle({ canonicalUrl: `https://a.example/${n}` }));
    const before = await snapshot(library);
    const removed = await deleteAll(library);
    expect(await listEntries(library)).toEqual([]);
    expect(await library.contents.count()).toBe(0);
    await restoreArticles(library, removed);
    expect(await snapshot(library)).toEqual(before);
  });
});

describe('usage', () => {
  it('counts the articles and adds up their sizes', async () => {
    const library = db();
    const a = await saveArticle(library, sampleArticle({ canonicalUrl: 'https://a.example/1' }));
    const b = await saveArticle(
      library,
      sampleArticle({ canonicalUrl: 'https://a.example/2', html: '<p>x</p>' }),
    );
    const usage = await libraryUsage(library);
    expect(usage.articles).toBe(2);
    expect(usage.bytes).toBe(a.article.size + b.article.size);
  });
});
