import { ReaderApp } from '@/components/reader/ReaderApp';

/**
 * The toolbar popup: the active tab's article. `?tabId=` picks another tab; the toolbar never
 * passes one, tests and the reader tab do.
 */
export function App({ tabIdParam }: { tabIdParam: string | null }) {
  return <ReaderApp layout="popup" tabIdParam={tabIdParam} />;
}
