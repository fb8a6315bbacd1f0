import type { LibraryEntry } from '@/utils/storage/library/types';

export type SortOrder = 'date' | 'title';

export interface LibraryFilters {
  site: string;
  lang: string;
  tag: string;
}

export const NO_FILTERS: LibraryFilters = { site: '', lang: '', tag: '' };

/** The entries shown: matching the search (ids in relevance order, or all), the filters, sorted. */
export function visibleEntries(
  entries: readonly LibraryEntry[],
  matchingIds: readonly string[] | null,
  filters: LibraryFilters,
  sort: SortOrder,
  collator: Intl.Collator,
): LibraryEntry[] {
  let shown: LibraryEntry[];
  if (matchingIds === null) shown = [...entries];
  else {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    shown = matchingIds.map((id) => byId.get(id)).filter((entry) => entry !== undefined);
  }
  shown = shown.filter(
    (entry) =>
      (!filters.site || entry.site === filters.site) &&
      (!filters.lang || languageOf(entry) === filters.lang) &&
      (!filters.tag || entry.tags.includes(filters.tag)),
  );
  // Stable sorts: among equals, a search's better matches stay first.
  if (sort === 'title') shown.sort((a, b) => collator.compare(a.title, b.title));
  else shown.sort((a, b) => b.savedAt - a.savedAt);
  return shown;
}

/** The primary language subtag: `ar-EG` and `ar` are one filter choice. */
export function languageOf(entry: LibraryEntry): string {
  return entry.lang.split('-')[0]?.toLowerCase() ?? '';
}

/** Each value with its count, most frequent first: the filters' choices. */
export function facetCounts(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
