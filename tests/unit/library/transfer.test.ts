import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '@/utils/storage/library/db';
import { extractArticle } from '@/utils/extraction';
import {
  getArticle,
  listEntries,
  saveArticle,
  setReadingPosition,
  setTags,
} from '@/utils/storage/library/repository';
import { exportLibrary, importLibrary } from '@/utils/storage/library/transfer';
import { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS } from '@/utils/storage/library/import-schema';
import { LibraryError } from '@/utils/storage/library/types';
import { loadFixturePages } from '../../fixtures/fixture-pages';
import { parseHtml } from '../../helpers/parse-html';
import { freshDb, sampleArticle, sanitizerWindow, snapshot } from './library-helpers';

const dbs: LibraryDb[] = [];
function db(): LibraryDb {
  const opened = freshDb();
  dbs.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of dbs.splice(0)) await opened.delete();
});

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; detail: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LibraryError) return { code: error.code, detail: error.detail };
    return { code: `not a LibraryError: ${String(error)}`, detail: '' };
  }
  return { code: 'no error', detail: '' };
}

/** A valid export of one article, as an object to damage. */
async function validExport(): Promise<{
  format: string;
  version: number;
  articles: Record<string, unknown>[];
}> {
  const library = db();
  await saveArticle(library, sampleArticle({ canonicalUrl: 'https://file.example/1' }), { now: 5000 });
  return JSON.parse(JSON.stringify(await exportLibrary(library))) as never;
}

function first(file: { articles: Record<string, unknown>[] }): Record<string, unknown> {
  const [article] = file.articles;
  if (!article) throw new Error('the export has no article');
  return article;
}

/** A library with one article in it, to prove a refused import leaves it untouched. */
async function populated(): Promise<LibraryDb> {
  const library = db();
  const { article } = await saveArticle(library, sampleArticle({ canonicalUrl: 'https://kept.example/1' }));
  await setTags(library, article.id, ['keep']);
  return library;
}

describe('export then import', () => {
  it('gives back the same articles, field for field (real extracted pages, tags, positions, key facts)', async () => {
    const source = db();
    const pages = loadFixturePages().slice(0, 6);
    let now = 1_700_000_000_000;
    for (const page of pages) {
      const article = extractArticle(parseHtml(page.html, page.expected.url));
      const facts = [
        { kind: 'quote' as const, text: article.text.slice(0, 10), start: 0, end: 10, speaker: 'x' },
      ];
      const { article: saved } = await saveArticle(
        source,
        { ...article, keyFacts: facts },
        { now: (now += 1000) },
      );
      await setTags(source, saved.id, ['news', page.slug]);
      await setReadingPosition(source, saved.id, 0.25);
    }
    const file = JSON.stringify(await exportLibrary(source));
    const target = db();
    expect(await importLibrary(target, file, sanitizerWindow)).toEqual({
      added: pages.length,
      updated: 0,
      unchanged: 0,
    });
    const before = await listEntries(source);
    expect(await listEntries(target)).toEqual(before);
    for (const entry of before)
      expect(await getArticle(target, entry.id)).toEqual(await getArticle(source, entry.id));
  });

  it('merges by canonical URL: a newer copy in the file updates, an older one does not; tags are united', async () => {
    const library = db();
    const older = await saveArticle(
      library,
      sampleArticle({ canonicalUrl: 'https://a.example/1', title: 'local old' }),
      { now: 1000 },
    );
    const newer = await saveArticle(
      library,
      sampleArticle({ canonicalUrl: 'https://a.example/2', title: 'local new' }),
      { now: 9000 },
    );
    await setTags(library, older.article.id, ['local']);
    await setTags(library, newer.article.id, ['local']);
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '',
      articles: [
        {
          ...(await getArticle(library, older.article.id)),
          id: 'other-1',
          title: 'file newer',
          updatedAt: 5000,
          tags: ['file'],
        },
        {
          ...(await getArticle(library, newer.article.id)),
          id: 'other-2',
          title: 'file older',
          updatedAt: 5000,
          tags: ['file'],
        },
        {
          ...(await getArticle(library, newer.article.id)),
          id: 'other-3',
          canonicalUrl: 'https://a.example/3',
          title: 'file only',
          tags: [],
        },
      ],
    };
    expect(await importLibrary(library, JSON.stringify(file), sanitizerWindow)).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
    });
    const byUrl = new Map((await listEntries(library)).map((entry) => [entry.canonicalUrl, entry]));
    expect(byUrl.get('https://a.example/1')).toMatchObject({
      id: older.article.id,
      title: 'file newer',
      tags: ['local', 'file'],
    });
    expect(byUrl.get('https://a.example/2')).toMatchObject({
      id: newer.article.id,
      title: 'local new',
      tags: ['local', 'file'],
    });
    expect(byUrl.get('https://a.example/3')).toMatchObject({ id: 'other-3', title: 'file only' });
    expect(byUrl.size).toBe(3);
  });
});

describe('a hostile import', () => {
  it('is sanitized: scripts, handlers and javascript: links do not survive', async () => {
    const file = await validExport();
    const article = first(file);
    article.html =
      '<p onclick="alert(1)">نص</p><script>alert(2)</script><img src="https://i.example/a.png" onerror="alert(3)"><a href="javascript:alert(4)">x</a><iframe src="https://evil.example"></iframe>';
    const library = db();
    await importLibrary(library, JSON.stringify(file), sanitizerWindow);
    const [entry] = await listEntries(library);
    const html = (await getArticle(library, entry?.id ?? ''))?.html ?? '';
    expect(html).toContain('نص');
    expect(html).toContain('https://i.example/a.png');
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe|alert/i);
  });
});

describe('an import that is refused leaves the library untouched', () => {
  type Damage = (file: Awaited<ReturnType<typeof validExport>>) => string;
  const cases: [string, Damage, string, string?][] = [
    ['corrupt JSON', () => '{"format": "qari-library", "version": 1, articles: [', 'import-corrupt'],
    ['a truncated file', (file) => JSON.stringify(file).slice(0, 200), 'import-corrupt'],
    ['an empty file', () => '', 'import-corrupt'],
    ['a future version', (file) => JSON.stringify({ ...file, version: EXPORT_VERSION + 1 }), 'import-future'],
    [
      'another program’s JSON',
      () => JSON.stringify({ bookmarks: [{ url: 'https://x.example' }] }),
      'import-foreign',
    ],
    ['a bare array', (file) => JSON.stringify(file.articles), 'import-foreign'],
    ['a JSON string', () => '"qari-library"', 'import-foreign'],
    [
      'a huge field',
      (file) => {
        first(file).html = `<p>${'x'.repeat(IMPORT_LIMITS.htmlChars)}</p>`;
        return JSON.stringify(file);
      },
      'import-too-large',
      'articles.0.html',
    ],
    [
      'a missing field',
      (file) => {
        delete first(file).title;
        return JSON.stringify(file);
      },
      'import-invalid',
      'articles.0.title',
    ],
    [
      'a javascript: address',
      (file) => {
        first(file).url = 'javascript:alert(1)';
        return JSON.stringify(file);
      },
      'import-invalid',
      'articles.0.url',
    ],
    [
      'a wrong type',
      (file) => {
        first(file).wordCount = 'many';
        return JSON.stringify(file);
      },
      'import-invalid',
      'articles.0.wordCount',
    ],
    [
      'a list of articles that is not a list',
      (file) => JSON.stringify({ ...file, articles: 'none' }),
      'import-invalid',
      'articles',
    ],
  ];

  it.each(cases)('%s', async (_name, damage, code, detail) => {
    const text = damage(await validExport());
    const library = await populated();
    const before = await snapshot(library);
    const failure = await failureOf(importLibrary(library, text, sanitizerWindow));
    expect(failure.code).toBe(code);
    if (detail) expect(failure.detail).toBe(detail);
    expect(await snapshot(library)).toEqual(before);
  });

  it('a failure half-way through the import (a write that throws) leaves the library as it was', async () => {
    const source = db();
    for (const n of [1, 2, 3, 4])
      await saveArticle(source, sampleArticle({ canonicalUrl: `https://many.example/${n}` }));
    const file = JSON.stringify(await exportLibrary(source));
    const library = await populated();
    const before = await snapshot(library);
    let writes = 0;
    library.contents.hook('creating', () => {
      writes += 1;
      if (writes === 3) throw new Error('the browser crashed');
    });
    expect((await failureOf(importLibrary(library, file, sanitizerWindow))).code).toBe('failed');
    expect(writes).toBe(3);
    expect(await snapshot(library)).toEqual(before);
  });
});
