import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/storage/library/types';
import type { LibraryDb } from '@/utils/storage/library/db';
import { LibraryIndex } from '@/utils/search/library-index';
import { indexTerms, queryTerm, tokenize } from '@/utils/search/normalize';

/** Bodies read per step while indexing: small enough that typing never waits long for a step. */
const CHUNK = 150;

function searchableSite(entry: LibraryEntry): string {
  return `${entry.siteName} ${entry.site}`;
}

/**
 * Until an entry's full text is indexed, it is still found by its title and site (a plain
 * normalised match), so a search typed right after opening the page already finds things.
 */
function matchesTitleOrSite(entry: LibraryEntry, terms: readonly string[]): boolean {
  const words = tokenize(`${entry.title} ${searchableSite(entry)}`);
  return terms.every((term) => words.some((word) => indexTerms(word).some((form) => form.startsWith(term))));
}

/**
 * The library's search index, built after the first screen is shown, a chunk of bodies at a time.
 * Returns the ids matching `query` (null when there is no query) and whether indexing is done.
 */
export function useSearchIndex(
  db: LibraryDb,
  entries: readonly LibraryEntry[] | null,
  query: string,
): { matchingIds: string[] | null; indexing: boolean } {
  const index = useRef(new LibraryIndex());
  /** id → `updatedAt` of the copy indexed: an article saved again or imported is indexed again. */
  const indexedVersions = useRef(new Map<string, number>());
  const [indexedCount, setIndexedCount] = useState(0);
  const [indexing, setIndexing] = useState(true);

  useEffect(() => {
    if (!entries) return;
    let alive = true;
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    // Deleted entries may stay in the index: results are looked up among the entries shown.
    const missing = entries
      .filter((entry) => indexedVersions.current.get(entry.id) !== entry.updatedAt)
      .map((entry) => entry.id);
    if (missing.length === 0) {
      setIndexing(false);
      return;
    }
    setIndexing(true);
    const step = async (from: number): Promise<void> => {
      if (!alive) return;
      const ids = missing.slice(from, from + CHUNK);
      if (ids.length === 0) {
        setIndexing(false);
        return;
      }
      const contents = await db.contents.bulkGet(ids);
      if (!alive) return;
      contents.forEach((content, position) => {
        const entry = byId.get(ids[position] ?? '');
        if (!entry) return;
        index.current.put({
          id: entry.id,
          title: entry.title,
          site: searchableSite(entry),
          text: content?.text ?? '',
        });
        indexedVersions.current.set(entry.id, entry.updatedAt);
      });
      setIndexedCount(index.current.size);
      // Let the page paint and take keystrokes between chunks.
      setTimeout(() => void step(from + CHUNK), 0);
    };
    void step(0);
    return () => {
      alive = false;
    };
  }, [db, entries]);

  const matchingIds = useMemo(() => {
    if (!entries || tokenize(query).length === 0) return null;
    const found = index.current.search(query);
    if (!indexing) return found;
    const terms = tokenize(query).map(queryTerm);
    const foundSet = new Set(found);
    const pending = entries.filter(
      (entry) => !index.current.has(entry.id) && !foundSet.has(entry.id) && matchesTitleOrSite(entry, terms),
    );
    return [...found, ...pending.map((entry) => entry.id)];
  }, [entries, query, indexing, indexedCount]);

  return { matchingIds, indexing };
}
