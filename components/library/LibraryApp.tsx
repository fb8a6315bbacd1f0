import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/storage/library/types';
import type { LibraryUsage, RemovedArticles } from '@/utils/storage/library/repository';
import {
  deleteAll,
  deleteArticles,
  getArticle,
  libraryUsage,
  listEntries,
  restoreArticles,
  setTags,
} from '@/utils/storage/library/repository';
import { libraryDb } from '@/utils/storage/library/db';
import type { ArticleFileFormat } from '@/utils/storage/library/article-files';
import { LibraryError } from '@/utils/storage/library/types';
import type { SanitizerWindow } from '@/utils/sanitize/sanitize-article';
import { formatBytes, libraryErrorMessage } from '@/utils/browser/library-messages';
import { messagesLocale, t } from '@/utils/browser/i18n';
import { datedName, downloadFile } from './download';
import type { LibraryFilters, SortOrder } from './library-view';
import { NO_FILTERS, facetCounts, languageOf, visibleEntries } from './library-view';
import type { ItemFormats } from './LibraryItem';
import { LibraryItem } from './LibraryItem';
import { VirtualList } from './VirtualList';
import { useSearchIndex } from './use-search-index';
import { LIBRARY_TIMING, markOnce } from './library-timing';
import { useDocumentColorScheme } from '../use-color-scheme';

/**
 * Export and import (valibot, the sanitizer, turndown, fflate) load when first used: the first
 * screen does not wait for them.
 */
const loadTransfer = () => import('@/utils/storage/library/transfer');
const loadArticleFiles = () => import('@/utils/storage/library/article-files');
const loadImportLimits = () => import('@/utils/storage/library/import-schema');

/** Rows read before the first paint: a screenful, so the page shows at once with thousands saved. */
const FIRST_SCREEN_ROWS = 30;
const ROW_HEIGHT = 108;
const UNDO_MS = 10_000;

interface Toast {
  message: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

function useFormats(): ItemFormats {
  return useMemo(() => {
    const locale = messagesLocale();
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    const languageName = (lang: string): string => {
      try {
        return names?.of(lang) ?? lang;
      } catch {
        return lang;
      }
    };
    return { date, languageName };
  }, []);
}

function FilterSelect({
  testId,
  label,
  value,
  options,
  onChange,
}: {
  testId: string;
  label: string;
  value: string;
  options: [value: string, label: string, count: number][];
  onChange: (value: string) => void;
}) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('libraryFilterAll')}</option>
        {options.map(([option, text, count]) => (
          <option key={option} value={option}>
            {`${text} (${count})`}
          </option>
        ))}
      </select>
    </label>
  );
}

/** library.html: every saved article, searchable as one types, filtered, tagged, exported. */
export function LibraryApp() {
  // The library follows the OS's light or dark preference.
  useDocumentColorScheme('system');
  const db = libraryDb();
  const formats = useFormats();
  const locale = messagesLocale();
  const collator = useMemo(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }), [locale]);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>('date');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<Toast | null>(null);
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);
  const [usage, setUsage] = useState<LibraryUsage | null>(null);
  const [busy, setBusy] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const showToast = (next: Toast | null): void => {
    clearTimeout(toastTimer.current);
    setToast(next);
    if (next?.undo) toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  };
  const showError = (error: unknown): void =>
    showToast({ kind: 'error', message: libraryErrorMessage(error) });

  const reload = async (): Promise<void> => {
    const all = await listEntries(db);
    setEntries(all);
    setComplete(true);
    setSelected((current) => new Set(all.filter((entry) => current.has(entry.id)).map((entry) => entry.id)));
    setUsage(await libraryUsage(db));
  };

  useEffect(() => {
    let alive = true;
    const load = async (): Promise<void> => {
      // A screenful first (newest), then everything: the first screen does not wait for thousands.
      const first = await db.entries.orderBy('savedAt').reverse().limit(FIRST_SCREEN_ROWS).toArray();
      if (!alive) return;
      setEntries(first);
      // The rest once the first screen is painted: reading thousands must not delay it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (!alive) return;
      if (first.length < FIRST_SCREEN_ROWS) {
        setComplete(true);
        setUsage(await libraryUsage(db));
        return;
      }
      await reload();
    };
    load().catch((error: unknown) => {
      if (!alive) return;
      setEntries([]);
      setComplete(true);
      showError(error);
    });
    return () => {
      alive = false;
    };
  }, []);

  // Layout effect: right after the first rows are committed; the mark lands on the next frame.
  useLayoutEffect(() => {
    if (entries !== null) requestAnimationFrame(() => markOnce(LIBRARY_TIMING.firstScreen));
  }, [entries !== null]);

  const { matchingIds, indexing } = useSearchIndex(db, complete ? entries : null, query);
  useEffect(() => {
    if (complete && !indexing) markOnce(LIBRARY_TIMING.indexed);
  }, [complete, indexing]);

  const shown = useMemo(
    () => visibleEntries(entries ?? [], matchingIds, filters, sort, collator),
    [entries, matchingIds, filters, sort, collator],
  );

  const facets = useMemo(() => {
    const all = entries ?? [];
    const siteNames = new Map(all.map((entry) => [entry.site, entry.siteName || entry.site]));
    return {
      sites: facetCounts(all.map((entry) => entry.site)).map(
        ([site, count]) => [site, siteNames.get(site) ?? site, count] as [string, string, number],
      ),
      langs: facetCounts(all.map(languageOf)).map(
        ([lang, count]) => [lang, formats.languageName(lang), count] as [string, string, number],
      ),
      tags: facetCounts(all.flatMap((entry) => entry.tags)).map(
        ([tag, count]) => [tag, tag, count] as [string, string, number],
      ),
    };
  }, [entries, formats]);

  /** Runs a change, then shows the library as it now is; a failure is said and changes nothing. */
  const change = async (operation: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await operation();
    } catch (error) {
      showError(error);
    } finally {
      await reload().catch(showError);
      setBusy(false);
    }
  };

  const removeWithUndo = (ids: string[]): Promise<void> =>
    change(async () => {
      const removed: RemovedArticles = await deleteArticles(db, ids);
      showToast({
        kind: 'info',
        message: t('libraryDeleted', String(removed.entries.length)),
        undo: () => {
          showToast(null);
          void change(async () => {
            await restoreArticles(db, removed);
          });
        },
      });
    });

  const removeAll = (): Promise<void> =>
    change(async () => {
      setConfirmingDeleteAll(false);
      const removed = await deleteAll(db);
      showToast({
        kind: 'info',
        message: t('libraryDeleted', String(removed.entries.length)),
        undo: () => {
          showToast(null);
          void change(async () => {
            await restoreArticles(db, removed);
          });
        },
      });
    });

  const exportSelection = (format: ArticleFileFormat): Promise<void> =>
    change(async () => {
      const articles = [];
      for (const id of selected) {
        const article = await getArticle(db, id);
        if (article) articles.push(article);
      }
      if (articles.length === 0) return;
      const { articleFiles } = await loadArticleFiles();
      const file = articleFiles(articles, format, window as unknown as SanitizerWindow);
      downloadFile(file.name, file.type, file.bytes);
    });

  const exportAll = (): Promise<void> =>
    change(async () => {
      const { exportLibrary } = await loadTransfer();
      const data = await exportLibrary(db);
      downloadFile(datedName('qari-library', 'json'), 'application/json', JSON.stringify(data));
    });

  const importFile = (file: File): Promise<void> =>
    change(async () => {
      const [{ importLibrary }, { IMPORT_LIMITS }] = await Promise.all([loadTransfer(), loadImportLimits()]);
      if (file.size > IMPORT_LIMITS.fileBytes)
        throw new LibraryError('import-too-large', 'The file is too large.', file.name);
      const result = await importLibrary(db, await file.text(), window as unknown as SanitizerWindow);
      showToast({
        kind: 'info',
        message: t('libraryImported', [
          String(result.added),
          String(result.updated),
          String(result.unchanged),
        ]),
      });
    });

  const toggle = (id: string): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const total = entries?.length ?? 0;
  const usageText = usage
    ? [
        t('libraryUsage', formatBytes(usage.bytes, locale)),
        usage.originBytes !== null ? t('libraryUsageBrowser', formatBytes(usage.originBytes, locale)) : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : '';

  return (
    <div class="library" data-complete={complete} data-indexing={indexing} aria-busy={busy}>
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <p class="library-summary">
          <span data-testid="library-count">{t('libraryCount', String(total))}</span>
          {usageText && <span data-testid="library-usage">{usageText}</span>}
        </p>
        <div class="library-controls">
          <input
            type="search"
            class="library-search"
            data-testid="library-search"
            value={query}
            placeholder={t('librarySearchPlaceholder')}
            aria-label={t('librarySearchLabel')}
            dir="auto"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <FilterSelect
            testId="library-filter-site"
            label={t('libraryFilterSite')}
            value={filters.site}
            options={facets.sites}
            onChange={(site) => setFilters({ ...filters, site })}
          />
          <FilterSelect
            testId="library-filter-lang"
            label={t('libraryFilterLanguage')}
            value={filters.lang}
            options={facets.langs}
            onChange={(lang) => setFilters({ ...filters, lang })}
          />
          <FilterSelect
            testId="library-filter-tag"
            label={t('libraryFilterTag')}
            value={filters.tag}
            options={facets.tags}
            onChange={(tag) => setFilters({ ...filters, tag })}
          />
          <label class="filter">
            <span>{t('librarySort')}</span>
            <select
              data-testid="library-sort"
              value={sort}
              onChange={(event) => setSort(event.currentTarget.value as SortOrder)}
            >
              <option value="date">{t('librarySortDate')}</option>
              <option value="title">{t('librarySortTitle')}</option>
            </select>
          </label>
        </div>
        <div class="library-actions">
          <button
            type="button"
            data-testid="library-export-json"
            disabled={total === 0}
            onClick={() => void exportAll()}
          >
            {t('libraryExportAll')}
          </button>
          <button type="button" data-testid="library-import" onClick={() => importInput.current?.click()}>
            {t('libraryImport')}
          </button>
          <input
            ref={importInput}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="library-import-input"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
          <button
            type="button"
            class="danger"
            data-testid="library-delete-all"
            disabled={total === 0}
            onClick={() => setConfirmingDeleteAll(true)}
          >
            {t('libraryDeleteAll')}
          </button>
        </div>
        {selected.size > 0 && (
          <div class="library-selection" data-testid="library-selection">
            <span>{t('librarySelected', String(selected.size))}</span>
            <button
              type="button"
              data-testid="library-export-md"
              onClick={() => void exportSelection('markdown')}
            >
              {t('libraryExportMarkdown')}
            </button>
            <button
              type="button"
              data-testid="library-export-html"
              onClick={() => void exportSelection('html')}
            >
              {t('libraryExportHtml')}
            </button>
            <button
              type="button"
              data-testid="library-delete-selected"
              onClick={() => void removeWithUndo([...selected])}
            >
              {t('libraryDelete')}
            </button>
          </div>
        )}
      </header>
      {confirmingDeleteAll && (
        <div class="dialog-backdrop">
          <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-all-question">
            <p id="delete-all-question">{t('libraryDeleteAllConfirm', String(total))}</p>
            <div class="dialog-actions">
              <button
                type="button"
                data-testid="library-cancel-delete-all"
                onClick={() => setConfirmingDeleteAll(false)}
              >
                {t('libraryCancel')}
              </button>
              <button
                type="button"
                class="danger"
                data-testid="library-confirm-delete-all"
                onClick={() => void removeAll()}
              >
                {t('libraryConfirmDelete')}
              </button>
            </div>
          </div>
        </div>
      )}
      <main class="library-main" data-query={query} data-shown={shown.length}>
        {entries === null && <p class="library-status">{t('libraryLoading')}</p>}
        {entries !== null && total === 0 && complete && (
          <p class="library-status" data-testid="library-empty">
            {t('libraryEmpty')}
          </p>
        )}
        {total > 0 && shown.length === 0 && (
          <p class="library-status" data-testid="library-no-results">
            {t('libraryNoResults')}
          </p>
        )}
        {query && indexing && <p class="library-hint">{t('librarySearchIndexing')}</p>}
        {shown.length > 0 && (query || filters.site || filters.lang || filters.tag) && (
          <p class="library-hint">{t('libraryShown', [String(shown.length), String(total)])}</p>
        )}
        <VirtualList
          items={shown}
          rowHeight={ROW_HEIGHT}
          keyOf={(entry) => entry.id}
          renderRow={(entry) => (
            <LibraryItem
              entry={entry}
              selected={selected.has(entry.id)}
              formats={formats}
              onToggle={toggle}
              onDelete={(id) => void removeWithUndo([id])}
              onTags={(id, tags) =>
                void change(async () => {
                  await setTags(db, id, tags);
                })
              }
            />
          )}
        />
      </main>
      {toast && (
        <div
          class={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
          data-testid="library-toast"
          data-kind={toast.kind}
        >
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" data-testid="library-undo" onClick={toast.undo}>
              {t('libraryUndo')}
            </button>
          )}
          <button type="button" class="toast-close" aria-label="×" onClick={() => showToast(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
