import { LibraryApp } from '@/components/library/LibraryApp';

/** library.html: the saved articles; search, filters, tags, export and import. */
export function App() {
  return <LibraryApp />;
}
