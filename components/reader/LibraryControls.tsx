import { useState } from 'preact/hooks';
import { browser } from '#imports';
import type { Article } from '@/utils/extraction';
import type { SavedArticle } from '@/utils/storage/library/types';
import { t } from '@/utils/browser/i18n';
import { SaveButton } from './SaveButton';
import { useReadingPosition } from './reading-position';

async function openLibrary(layout: 'popup' | 'tab'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  if (layout === 'popup') window.close();
}

/** The way to the library from the popup (always there, article or not). */
export function OpenLibraryButton() {
  return (
    <button type="button" data-testid="open-library" onClick={() => void openLibrary('popup')}>
      {t('actionOpenLibrary')}
    </button>
  );
}

interface LibraryControlsProps {
  layout: 'popup' | 'tab';
  article: Article;
  /** Set when the view shows a saved article (reader.html?id=). */
  saved: SavedArticle | null;
}

/**
 * The reading view's library part: the save button and, in the reader tab, the reading position of
 * a saved article (restored on reopening, kept as one reads).
 */
export function LibraryControls({ layout, article, saved }: LibraryControlsProps) {
  const [savedId, setSavedId] = useState<string | null>(saved?.id ?? null);
  useReadingPosition(layout === 'tab' ? savedId : null, saved?.readingPosition ?? null);
  return <SaveButton article={article} keepPosition={layout === 'tab'} onSaved={setSavedId} />;
}
