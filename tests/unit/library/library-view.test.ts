import { describe, expect, it } from 'vitest';
import { NO_FILTERS, facetCounts, visibleEntries } from '@/components/library/library-view';
import type { LibraryEntry } from '@/utils/storage/library/types';

function entry(id: string, fields: Partial<LibraryEntry>): LibraryEntry {
  return {
    id,
    canonicalUrl: `https://${id}.example/`,
    url: `https://${id}.example/`,
    title: id,
    byline: '',
    siteName: '',
    site: `${id}.example`,
    lang: 'en',
    dir: 'ltr',
    publishedTime: '',
    excerpt: '',
    leadImage: '',
    wordCount: 1,
    readingTimeMinutes: 1,
    tags: [],
    savedAt: 0,
    updatedAt: 0,
    readingPosition: 0,
    size: 0,
    ...fields,
  };
}

const ENTRIES = [
  entry('a', { title: 'Zebra crossing', savedAt: 1, site: 'bbc.co.uk', lang: 'en-GB', tags: ['later'] }),
  entry('b', {
    title: 'الإمارات',
    savedAt: 3,
    site: 'khaleej.example',
    lang: 'ar',
    tags: ['later', 'سياسة'],
  }),
  entry('c', { title: 'apple harvest', savedAt: 2, site: 'bbc.co.uk', lang: 'en' }),
];
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const ids = (entries: LibraryEntry[]): string[] => entries.map((shown) => shown.id);

describe('what the library shows', () => {
  it.each([
    ['everything, newest first', null, NO_FILTERS, 'date', ['b', 'c', 'a']],
    ['by title, case-insensitively', null, NO_FILTERS, 'title', ['c', 'a', 'b']],
    ['one site', null, { ...NO_FILTERS, site: 'bbc.co.uk' }, 'date', ['c', 'a']],
    ['one language, regional tags included', null, { ...NO_FILTERS, lang: 'en' }, 'date', ['c', 'a']],
    ['one tag', null, { ...NO_FILTERS, tag: 'later' }, 'date', ['b', 'a']],
    ['a search, newest first', ['a', 'b'], NO_FILTERS, 'date', ['b', 'a']],
    ['a search and a filter', ['a', 'b', 'c'], { ...NO_FILTERS, site: 'bbc.co.uk' }, 'title', ['c', 'a']],
    ['a search that found a deleted id', ['gone', 'c'], NO_FILTERS, 'date', ['c']],
    ['a search that found nothing', [], NO_FILTERS, 'date', []],
  ] as const)('%s', (_name, matching, filters, sort, expected) => {
    expect(ids(visibleEntries(ENTRIES, matching, filters, sort, collator))).toEqual(expected);
  });

  it('filter choices come with their counts, most frequent first', () => {
    expect(facetCounts(ENTRIES.flatMap((shown) => shown.tags))).toEqual([
      ['later', 2],
      ['سياسة', 1],
    ]);
  });
});
