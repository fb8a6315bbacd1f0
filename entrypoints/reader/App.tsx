import { ReaderApp } from '@/components/reader/ReaderApp';

/** reader.html?tabId=<id>: the reading view of that tab's article as a full page. */
export function App({ tabIdParam }: { tabIdParam: string | null }) {
  return <ReaderApp layout="tab" tabIdParam={tabIdParam} />;
}
