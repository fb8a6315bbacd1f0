import { useState } from 'preact/hooks';
import type { LibraryEntry } from '@/utils/storage/library/types';
import { t } from '@/utils/browser/i18n';

export interface ItemFormats {
  date: Intl.DateTimeFormat;
  languageName: (lang: string) => string;
}

interface LibraryItemProps {
  entry: LibraryEntry;
  selected: boolean;
  formats: ItemFormats;
  onToggle: (id: string) => void;
  onDelete: (id: string) => void;
  onTags: (id: string, tags: string[]) => void;
}

/** The reader page of a saved article: offline, from the database. */
export function savedReaderUrl(id: string): string {
  return `/reader.html?id=${encodeURIComponent(id)}`;
}

function TagEditor({ entry, onTags }: Pick<LibraryItemProps, 'entry' | 'onTags'>) {
  const [draft, setDraft] = useState('');
  const add = (event: Event): void => {
    event.preventDefault();
    if (!draft.trim()) return;
    onTags(entry.id, [...entry.tags, draft]);
    setDraft('');
  };
  return (
    <div class="item-tags">
      {entry.tags.map((tag) => (
        <span class="tag" data-testid="library-tag" key={tag}>
          <bdi>{tag}</bdi>
          <button
            type="button"
            class="tag-remove"
            aria-label={t('libraryRemoveTag', tag)}
            title={t('libraryRemoveTag', tag)}
            onClick={() =>
              onTags(
                entry.id,
                entry.tags.filter((other) => other !== tag),
              )
            }
          >
            ×
          </button>
        </span>
      ))}
      <form class="tag-add" onSubmit={add}>
        <input
          type="text"
          data-testid="library-tag-input"
          value={draft}
          maxLength={60}
          placeholder={`+ ${t('libraryAddTag')}`}
          aria-label={t('libraryAddTag')}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </form>
    </div>
  );
}

/** One saved article in the list: metadata as text only (it came from a web page). */
export function LibraryItem({ entry, selected, formats, onToggle, onDelete, onTags }: LibraryItemProps) {
  const details = [
    entry.siteName || entry.site,
    entry.lang ? formats.languageName(entry.lang) : t('libraryLanguageUnknown'),
    t('librarySavedOn', formats.date.format(entry.savedAt)),
    t('readingTime', String(entry.readingTimeMinutes)),
  ];
  return (
    <div class="library-item" data-testid="library-item" data-id={entry.id}>
      <input
        type="checkbox"
        class="item-select"
        data-testid="library-select"
        checked={selected}
        aria-label={t('librarySelect', entry.title)}
        onChange={() => onToggle(entry.id)}
      />
      <div class="item-main">
        <a
          class="item-title"
          data-testid="library-item-title"
          href={savedReaderUrl(entry.id)}
          lang={entry.lang}
          dir="auto"
        >
          {entry.title || entry.canonicalUrl}
        </a>
        <div class="item-details">
          {details.map((detail, index) => (
            <span key={index}>
              <bdi>{detail}</bdi>
            </span>
          ))}
        </div>
        <TagEditor entry={entry} onTags={onTags} />
      </div>
      <div class="item-actions">
        <a class="button" data-testid="library-open" href={savedReaderUrl(entry.id)}>
          {t('libraryOpen')}
        </a>
        <button type="button" data-testid="library-delete" onClick={() => onDelete(entry.id)}>
          {t('libraryDelete')}
        </button>
      </div>
    </div>
  );
}
