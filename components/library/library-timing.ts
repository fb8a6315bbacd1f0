/** User-timing marks of the library page, for `npm run bench:library`; best effort. */
export const LIBRARY_TIMING = {
  /** mark: the first screen of rows is in the DOM and a frame has been painted */
  firstScreen: 'qari:library-first-screen',
  /** mark: every body is in the search index */
  indexed: 'qari:library-indexed',
} as const;

export function markOnce(name: string): void {
  try {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  } catch {
    // Timing is for the benchmark only.
  }
}
