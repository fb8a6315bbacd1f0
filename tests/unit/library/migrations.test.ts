import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, LIBRARY_SCHEMA_VERSION, openLibraryDb } from '@/utils/storage/library/db';
import { getArticle, listEntries, saveArticle } from '@/utils/storage/library/repository';
import type { ArticleContent, LibraryEntry } from '@/utils/storage/library/types';
import { FAKE_INDEXED_DB, sampleArticle } from './library-helpers';

interface FrozenLibrary {
  entries: Omit<LibraryEntry, 'site'>[];
  contents: ArticleContent[];
}

const V1: FrozenLibrary = JSON.parse(
  readFileSync(new URL('../../fixtures/library/v1-library.json', import.meta.url), 'utf8'),
) as FrozenLibrary;

/** A database left by a build of schema version `version`, holding the frozen records. */
async function databaseAtVersion(name: string, version: number, data: FrozenLibrary): Promise<void> {
  const old = new Dexie(name, FAKE_INDEXED_DB);
  declareVersions(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  await old.table('entries').bulkAdd(data.entries);
  await old.table('contents').bulkAdd(data.contents);
  old.close();
}

describe('migrations', () => {
  it('this build is at schema version 2', () => {
    expect(LIBRARY_SCHEMA_VERSION).toBe(2);
  });

  it('v1 → v2: every entry gains its site (host without www/m), nothing else changes', async () => {
    const name = 'qari-library-migration-v1';
    await databaseAtVersion(name, 1, V1);
    const db = openLibraryDb(name, FAKE_INDEXED_DB);
    await db.open();
    expect(db.verno).toBe(2);
    const entries = await listEntries(db);
    expect(entries.map((entry) => entry.site)).toEqual([
      'coast.example',
      'khaleej.example',
      'riyadh.example',
    ]);
    const expected = V1.entries.map((entry) => ({ ...entry, site: expect.any(String) as string }));
    expect([...entries].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
    for (const content of V1.contents) {
      const article = await getArticle(db, content.id);
      expect(article?.html).toBe(content.html);
      expect(article?.text).toBe(content.text);
      expect(article?.keyFacts).toEqual(content.keyFacts);
    }
    // The v2 index works: the site filter's key.
    expect(await db.entries.where('site').equals('khaleej.example').count()).toBe(1);
    // And the migrated library takes new saves; a v1 article saved again is updated, not doubled.
    await saveArticle(db, sampleArticle({ canonicalUrl: 'https://riyadh.example/school', title: 'محدث' }));
    expect(await db.entries.count()).toBe(3);
    expect((await getArticle(db, 'c4d5e6f7-8091-4a2b-9c3d-4e5f60718203'))?.tags).toEqual(['تعليم']);
    await db.delete();
  });

  it('an empty v1 database upgrades too', async () => {
    const name = 'qari-library-migration-empty';
    await databaseAtVersion(name, 1, { entries: [], contents: [] });
    const db = openLibraryDb(name, FAKE_INDEXED_DB);
    expect(await listEntries(db)).toEqual([]);
    expect(db.verno).toBe(2);
    await db.delete();
  });
});
