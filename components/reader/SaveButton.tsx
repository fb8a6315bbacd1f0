import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/extraction';
import { libraryDb } from '@/utils/storage/library/db';
import { findByCanonicalUrl, saveArticle } from '@/utils/storage/library/repository';
import { libraryErrorMessage } from '@/utils/browser/library-messages';
import { t } from '@/utils/browser/i18n';
import { scrollFraction } from './reading-position';
import { withShownKeyFacts } from './shown-key-facts';

type SaveState =
  | { kind: 'unknown' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string }
  | { kind: 'error'; message: string };

interface SaveButtonProps {
  article: Article;
  /** The reader tab saves where the reader has scrolled to; the popup saves from the top. */
  keepPosition?: boolean;
  /** Told the saved id, e.g. so the reader tab can keep the reading position. */
  onSaved?: (id: string) => void;
}

/**
 * Saves the article being read to the library (or updates the saved copy: same canonical URL).
 * Shows whether it is saved; a failure is said in the user's language and changes nothing.
 */
export function SaveButton({ article, keepPosition = false, onSaved }: SaveButtonProps) {
  const [state, setState] = useState<SaveState>({ kind: 'unknown' });

  useEffect(() => {
    let alive = true;
    findByCanonicalUrl(libraryDb(), article.canonicalUrl).then(
      (entry) => {
        if (!alive) return;
        setState(entry ? { kind: 'saved', id: entry.id } : { kind: 'unsaved' });
        if (entry) onSaved?.(entry.id);
      },
      () => alive && setState({ kind: 'unsaved' }),
    );
    return () => {
      alive = false;
    };
  }, [article.canonicalUrl]);

  const save = async (): Promise<void> => {
    setState({ kind: 'saving' });
    try {
      const { article: saved } = await saveArticle(
        libraryDb(),
        withShownKeyFacts(article, window),
        keepPosition ? { readingPosition: scrollFraction() } : {},
      );
      setState({ kind: 'saved', id: saved.id });
      onSaved?.(saved.id);
    } catch (error) {
      setState({ kind: 'error', message: libraryErrorMessage(error) });
    }
  };

  const saved = state.kind === 'saved';
  return (
    <span class="save-article">
      <button
        type="button"
        data-testid="save-article"
        data-state={state.kind}
        aria-pressed={saved}
        title={saved ? t('actionSaveAgainTitle') : undefined}
        disabled={state.kind === 'saving' || state.kind === 'unknown'}
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? t('actionSaving') : saved ? `✓ ${t('actionSaved')}` : t('actionSave')}
      </button>
      {state.kind === 'error' && (
        <span class="save-error" role="alert" data-testid="save-error">
          {state.message}
        </span>
      )}
    </span>
  );
}
