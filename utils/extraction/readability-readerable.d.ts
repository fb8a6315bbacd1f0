/**
 * Types for Readability's stand-alone detection file. Importing it directly, rather than through
 * the package's index (which also requires the whole of Readability.js), keeps the always-on
 * detection content script a few kilobytes instead of fifty.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const isProbablyReaderableDefault: typeof isProbablyReaderable;
  export default isProbablyReaderableDefault;
}
