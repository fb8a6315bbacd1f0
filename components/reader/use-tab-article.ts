import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Browser } from '#imports';
import type { ReaderState } from '@/utils/browser/read-tab-article';
import { readTabArticle, resolveTargetTab, waitForTabComplete } from '@/utils/browser/read-tab-article';
import { preloadArabicFontFor } from './preload-arabic-font';

const LOADING_ROUNDS = 3;

/** The view finds the key facts itself, on the body it renders (ArticleBody.tsx). */
const WITHOUT_KEY_FACTS = { keyFacts: false };

/**
 * Reads the article of the target tab (`?tabId=`, else the active tab). A page still loading is
 * shown as such and read again as soon as it finishes.
 */
export function useTabArticle(tabIdParam: string | null): {
  state: ReaderState;
  tab: Browser.tabs.Tab | null;
  retry: () => void;
  showAnyway: () => void;
} {
  const [state, setState] = useState<ReaderState>({ kind: 'working' });
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    const run = async (): Promise<void> => {
      const target = await resolveTargetTab(tabIdParam);
      if (!alive) return;
      setTab(target);
      if (target?.id === undefined) {
        setState({ kind: 'no-tab' });
        return;
      }
      const reading = readTabArticle(target, WITHOUT_KEY_FACTS);
      // The extraction has been asked for: until the page answers, this thread has time for the font.
      preloadArabicFontFor(target.title, document);
      let next = await reading;
      // A page that is loading is read once it has loaded; one that loads again and again (a
      // redirect loop) gets an answer after a few rounds instead of a spinner for ever.
      for (let round = 0; next.kind === 'page-loading' && round < LOADING_ROUNDS; round++) {
        if (alive) setState(next);
        await waitForTabComplete(target.id);
        const reloaded = await resolveTargetTab(String(target.id));
        next = reloaded ? await readTabArticle(reloaded, WITHOUT_KEY_FACTS) : { kind: 'no-tab' };
      }
      if (next.kind === 'page-loading') next = { kind: 'error', code: 'failed' };
      if (alive) setState(next);
    };
    setState({ kind: 'working' });
    void run();
    return () => {
      alive = false;
    };
  }, [tabIdParam, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const showAnyway = useCallback(() => {
    setState((current) =>
      current.kind === 'not-article' ? { kind: 'ready', article: current.article } : current,
    );
  }, []);
  return { state, tab, retry, showAnyway };
}
