import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/extraction';
import type { ReaderState } from '@/utils/browser/read-tab-article';
import { libraryDb } from '@/utils/storage/library/db';
import { getArticle } from '@/utils/storage/library/repository';
import type { SavedArticle } from '@/utils/storage/library/types';

/** A saved article as the reading view takes it (the same view as a tab's: one render sink). */
export function savedToArticle(saved: SavedArticle): Article & Pick<SavedArticle, 'keyFacts'> {
  return {
    url: saved.url,
    canonicalUrl: saved.canonicalUrl,
    title: saved.title,
    byline: saved.byline,
    siteName: saved.siteName,
    lang: saved.lang,
    dir: saved.dir,
    publishedTime: saved.publishedTime,
    excerpt: saved.excerpt,
    leadImage: saved.leadImage,
    html: saved.html,
    text: saved.text,
    wordCount: saved.wordCount,
    readingTimeMinutes: saved.readingTimeMinutes,
    readerable: true,
    removed: [],
    ...(saved.keyFacts ? { keyFacts: saved.keyFacts } : {}),
  };
}

/** reader.html?id=<id>: the saved article from the database; no tab, no network. */
export function useSavedArticle(id: string): {
  state: ReaderState;
  saved: SavedArticle | null;
  retry: () => void;
} {
  const [state, setState] = useState<ReaderState>({ kind: 'working' });
  const [saved, setSaved] = useState<SavedArticle | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let alive = true;
    getArticle(libraryDb(), id).then(
      (found) => {
        if (!alive) return;
        setSaved(found ?? null);
        setState(found ? { kind: 'ready', article: savedToArticle(found) } : { kind: 'not-saved' });
      },
      () => alive && setState({ kind: 'error', code: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, [id, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, saved, retry };
}
