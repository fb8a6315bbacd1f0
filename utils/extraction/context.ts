import type { Readability } from '@mozilla/readability';
import type { ExtractOptions, Removal, StepName, TextDirection } from './types';
import type { KeyFact } from '../facts/types';
import { flatText } from '../text/block-text';
import type { ShortElements } from './short-blocks';

export type ReadabilityResult = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** The state the steps pass along. `source` is the caller's document and is never changed. */
export interface PipelineContext {
  readonly source: Document;
  /** A clone of `source` that the removal steps and Readability may change. */
  readonly doc: Document;
  readonly options: ExtractOptions;
  readonly removed: Removal[];
  readerable: boolean;
  /** Readability's result, once the `readability` step has run. */
  parsed: ReadabilityResult | null;
  /** The article body: Readability's element, later the sanitized fragment. */
  content: Element | DocumentFragment | null;
  /** The article's direction and language, once the `direction` step has run. */
  dir: TextDirection | null;
  lang: string;
  /** Whether the page is a discussion whose comments are its content (decided once, before Readability). */
  discussion: boolean | null;
  /** The key facts of the final body, once the `key-facts` step has run. */
  keyFacts: KeyFact[];
  /**
   * The clone's short elements, collected once by `remove-notices` (the longest limit of the three)
   * and matched again by `remove-share-bars` and `remove-related`: one walk and one folding for all.
   */
  shortElements?: ShortElements;
  /** Throws ExtractionError('too-large') once the time budget is spent; cheap, call it often. */
  checkBudget(): void;
  /**
   * A fresh clone of the source with the steps before `readability` run on it again (their
   * removals not logged twice): for a second reading, after Readability has taken the first apart.
   */
  prepareAgain(): Document;
}

/** A named pipeline step. Steps are small, run in order, and record what they remove. */
export interface Step {
  readonly name: StepName;
  run(context: PipelineContext): void;
}

const EXCERPT_LENGTH = 80;

/** A short excerpt of an element's text for the `removed` log. */
export function excerptOf(node: Node): string {
  const text = flatText(node);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

/** Removes a node and logs it; removing one already detached does nothing. */
export function removeAndRecord(
  context: PipelineContext,
  step: StepName,
  reason: string,
  node: Element,
): void {
  if (!node.parentNode) return;
  context.removed.push({ step, reason, text: excerptOf(node) });
  node.remove();
}
