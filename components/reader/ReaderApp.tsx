import { useEffect } from 'preact/hooks';
import type { Browser } from '#imports';
import { browser } from '#imports';
import type { ReaderState } from '@/utils/browser/read-tab-article';
import type { ReadFailure } from '@/utils/browser/read-result';
import type { MessageKey } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';
import { readerUrl } from '@/utils/browser/open-reader';
import { isSafeLinkUrl } from '@/utils/sanitize/sanitize-article';
import { ArticleView } from './ArticleView';
import { SettingsPanel } from './SettingsPanel';
import { StatusMessage } from './StatusMessage';
import { useReaderSettings } from './use-reader-settings';
import { useArticleSource } from './use-article-source';
import { useDocumentColorScheme } from '../use-color-scheme';
import { LibraryControls, OpenLibraryButton } from './LibraryControls';

const FAILURE_MESSAGES: Record<ReadFailure, MessageKey> = {
  'no-article': 'stateNoArticle',
  'no-body': 'stateNoArticle',
  'too-large': 'stateTooLarge',
  failed: 'stateFailed',
};

interface ReaderAppProps {
  /** `popup` is the toolbar's small view; `tab` is reader.html, the full page. */
  layout: 'popup' | 'tab';
  /** `?tabId=` of the page address; null means the active tab. */
  tabIdParam: string | null;
  /** `?id=` of reader.html: a saved article, read from the library (offline). */
  savedIdParam?: string | null;
}

async function openInTab(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({ url: readerUrl(tab.id), index: tab.index + 1 });
  window.close();
}

function Status({
  state,
  retry,
  showAnyway,
}: {
  state: ReaderState;
  retry: () => void;
  showAnyway: () => void;
}) {
  switch (state.kind) {
    case 'working':
      return <StatusMessage kind="working" message={t('stateExtracting')} busy />;
    case 'page-loading':
      return <StatusMessage kind="page-loading" message={t('statePageLoading')} busy />;
    case 'restricted':
      return <StatusMessage kind="restricted" message={t('stateRestricted')} />;
    case 'no-tab':
      return <StatusMessage kind="no-tab" message={t('stateNoTab')} />;
    case 'not-article':
      return (
        <StatusMessage kind="not-article" message={t('stateNotArticle')}>
          <button type="button" data-testid="show-anyway" onClick={showAnyway}>
            {t('actionShowAnyway')}
          </button>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage kind={state.code} message={t(FAILURE_MESSAGES[state.code])}>
          <button type="button" onClick={retry}>
            {t('actionRetry')}
          </button>
        </StatusMessage>
      );
    case 'not-saved':
      return <StatusMessage kind="not-saved" message={t('libraryErrorNotFound')} />;
    case 'ready':
      return null;
  }
}

/** The reading view shared by the popup and the reader tab. */
export function ReaderApp({ layout, tabIdParam, savedIdParam = null }: ReaderAppProps) {
  const { settings, loaded, setSettings } = useReaderSettings();
  const { state, tab, retry, showAnyway, saved } = useArticleSource(tabIdParam, savedIdParam);
  const article = state.kind === 'ready' ? state.article : null;
  useEffect(() => {
    // The reader tab is named after its article, so it can be found among the browser's tabs.
    if (layout === 'tab' && article?.title) document.title = article.title;
  }, [layout, article]);
  useDocumentColorScheme(settings.theme);
  const style = {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-line-width': `${settings.lineWidth}ch`,
    '--reader-line-height': String(settings.lineHeight),
  };
  return (
    <div
      class={`reader reader-${layout}`}
      data-theme={settings.theme}
      data-font={settings.fontFamily}
      data-settings-loaded={loaded}
      style={style}
    >
      <div class="toolbar">
        {layout === 'popup' && tab && article && (
          <button type="button" data-testid="open-in-tab" onClick={() => void openInTab(tab)}>
            {t('actionOpenInTab')}
          </button>
        )}
        {layout === 'tab' && article && isSafeLinkUrl(article.url) && (
          <a class="toolbar-link" href={article.url} target="_blank" rel="noopener noreferrer">
            {t('actionOriginalPage')}
          </a>
        )}
        {article && <LibraryControls layout={layout} article={article} saved={saved} />}
        {layout === 'popup' && <OpenLibraryButton />}
        {article && <SettingsPanel settings={settings} onChange={setSettings} />}
      </div>
      <main class="reader-main">
        <Status state={state} retry={retry} showAnyway={showAnyway} />
        {article && <ArticleView article={article} highlightFacts={settings.highlightFacts} />}
      </main>
    </div>
  );
}
