import type { Browser } from '#imports';
import type { ReaderState } from '@/utils/browser/read-tab-article';
import type { SavedArticle } from '@/utils/storage/library/types';
import { useSavedArticle } from './use-saved-article';
import { useTabArticle } from './use-tab-article';

const NOTHING_TO_SHOW_ANYWAY = (): void => undefined;

/**
 * Where the reading view's article comes from: a tab (`?tabId=`, or the active tab) or the library
 * (`?id=`). A page is one or the other for its whole life, so the same hooks run on every render.
 */
export function useArticleSource(
  tabIdParam: string | null,
  savedIdParam: string | null,
): {
  state: ReaderState;
  tab: Browser.tabs.Tab | null;
  retry: () => void;
  showAnyway: () => void;
  saved: SavedArticle | null;
} {
  if (savedIdParam !== null) {
    const { state, saved, retry } = useSavedArticle(savedIdParam);
    return { state, tab: null, retry, showAnyway: NOTHING_TO_SHOW_ANYWAY, saved };
  }
  return { ...useTabArticle(tabIdParam), saved: null };
}
