import { ReaderApp } from '@/components/reader/ReaderApp';

/**
 * reader.html?tabId=<id>: the reading view of that tab's article as a full page.
 * reader.html?id=<saved id>: a saved article from the library, offline.
 */
export function App({
  tabIdParam,
  savedIdParam,
}: {
  tabIdParam: string | null;
  savedIdParam: string | null;
}) {
  return <ReaderApp layout="tab" tabIdParam={tabIdParam} savedIdParam={savedIdParam} />;
}
