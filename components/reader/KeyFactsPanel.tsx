import type { FactKind, KeyFact } from '@/utils/facts';
import { messagesDirection, messagesLocale, t } from '@/utils/browser/i18n';
import { FACT_GROUP_LABELS } from './fact-labels';
import type { RenderedFacts } from './ArticleBody';

/** Group order in the panel: who, what they said, then the figures, when, who else and where. */
const GROUP_ORDER: readonly FactKind[] = [
  'person',
  'quote',
  'number',
  'date',
  'organization',
  'place',
  'emphasis',
];
/** How long a highlight flashes after a click in the panel (the CSS animation matches). */
const FLASH_MS = 1000;
const QUOTE_PREVIEW = 160;

interface Entry {
  /** Index of the first fact of this entry, whose mark a click scrolls to. */
  index: number;
  label: string;
  detail: string;
  mentions: number;
}

function entryKey(fact: KeyFact): string {
  const text = fact.kind === 'person' ? (fact.name ?? fact.text) : fact.text;
  return text.replace(/\s+/g, ' ').trim();
}

function preview(text: string): string {
  return text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW - 1).trimEnd()}…` : text;
}

/** Facts of one kind in reading order, each name or figure once (the first mention; a count). */
function entriesOf(kind: FactKind, { facts, marks }: RenderedFacts): Entry[] {
  const byKey = new Map<string, Entry>();
  facts.forEach((fact, index) => {
    if (fact.kind !== kind || !marks[index]) return;
    const key = entryKey(fact);
    const known = byKey.get(key);
    if (known) {
      known.mentions += 1;
      if (!known.detail && fact.title) known.detail = fact.title;
      return;
    }
    const detail =
      fact.kind === 'quote' ? (fact.speaker ? t('factSaidBy', fact.speaker) : '') : (fact.title ?? '');
    byKey.set(key, { index, label: fact.kind === 'quote' ? preview(fact.text) : key, detail, mentions: 1 });
  });
  return [...byKey.values()];
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls a fact's highlight into view and flashes every piece of it for a second. */
function showFact(mark: HTMLElement, index: number): void {
  mark.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  const body = mark.closest('.article-body') ?? mark.ownerDocument;
  const pieces = [...body.querySelectorAll<HTMLElement>(`mark[data-fact-id="${index}"]`)];
  for (const piece of pieces) {
    piece.classList.remove('fact-flash');
    // Restart the animation when the same fact is clicked twice in a row.
    void piece.offsetWidth;
    piece.classList.add('fact-flash');
  }
  window.setTimeout(() => pieces.forEach((piece) => piece.classList.remove('fact-flash')), FLASH_MS);
}

interface KeyFactsPanelProps {
  rendered: RenderedFacts;
  /** The article's language: fact texts are in it, the panel's own words in the UI's. */
  lang: string;
}

/**
 * The key facts beside the text: grouped by kind, in reading order, people with their titles and
 * quotes with their speakers. Every fact is a button (keyboard reachable) that scrolls to its
 * highlight; the whole panel folds away (<details>).
 */
export function KeyFactsPanel({ rendered, lang }: KeyFactsPanelProps) {
  const groups = GROUP_ORDER.map((kind) => ({ kind, entries: entriesOf(kind, rendered) })).filter(
    (group) => group.entries.length > 0,
  );
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <section
      class="key-facts"
      data-testid="key-facts"
      aria-labelledby="key-facts-title"
      lang={messagesLocale()}
      dir={messagesDirection()}
    >
      <details open>
        <summary>
          <h2 id="key-facts-title" class="key-facts-title">
            {t('keyFactsTitle')}
          </h2>
          <span class="key-facts-count">{t('keyFactsCount', String(total))}</span>
        </summary>
        <div class="key-facts-groups">
          {groups.map(({ kind, entries }) => (
            <section
              key={kind}
              class="key-facts-group"
              data-kind={kind}
              aria-labelledby={`key-facts-${kind}`}
            >
              <h3 id={`key-facts-${kind}`}>{t(FACT_GROUP_LABELS[kind])}</h3>
              <ul>
                {entries.map((entry) => (
                  <li key={entry.index}>
                    <button
                      type="button"
                      class="key-fact"
                      data-fact-kind={kind}
                      data-fact-id={entry.index}
                      onClick={() => {
                        const mark = rendered.marks[entry.index];
                        if (mark) showFact(mark, entry.index);
                      }}
                    >
                      <bdi class="key-fact-text" lang={lang} dir="auto">
                        {entry.label}
                      </bdi>
                      {entry.detail && kind === 'quote' && (
                        <span class="key-fact-detail">{entry.detail}</span>
                      )}
                      {entry.detail && kind !== 'quote' && (
                        <bdi class="key-fact-detail" lang={lang} dir="auto">
                          {entry.detail}
                        </bdi>
                      )}
                      {entry.mentions > 1 && (
                        <span class="key-fact-mentions">{t('factMentions', String(entry.mentions))}</span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </section>
  );
}
