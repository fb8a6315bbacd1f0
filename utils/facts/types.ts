/**
 * The key-facts contract shared by the analyzer (`find-key-facts.ts`), the reading view (highlights
 * and the key-facts panel), the library (saved articles keep their facts) and `npm run bench:facts`.
 */

/** What a fact is. `emphasis` is the source's own bold/strong/mark inside the body. */
export type FactKind = 'emphasis' | 'number' | 'date' | 'quote' | 'person' | 'organization' | 'place';

export const FACT_KINDS: readonly FactKind[] = [
  'emphasis',
  'number',
  'date',
  'quote',
  'person',
  'organization',
  'place',
];

export interface KeyFact {
  kind: FactKind;
  /** The fact as it reads in the article: `root.textContent.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the article root's `textContent`; whole words only. */
  start: number;
  end: number;
  /** Quotes: who said it, when an attribution verb names the speaker. */
  speaker?: string;
  /** People: the title or office that goes with the name (وزير الخارجية العراقي, President). */
  title?: string;
  /**
   * People: the name alone (فؤاد حسين), when `text` also holds the title; for a later mention
   * (حسين) the full name first found, so the panel can list each person once.
   */
  name?: string;
}

export interface FindKeyFactsOptions {
  /** The article's language (BCP 47, e.g. `ar`, `en`); decides which rules and gazetteers apply. */
  lang: string;
}
