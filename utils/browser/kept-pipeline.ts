import type { ExtractionOutcome } from './read-result';
import type { InPageOptions } from './extract-in-page';

/**
 * An extraction script injected on demand, and the name under which it leaves its pipeline in a
 * tab, in the extension's isolated world (the page cannot see it), for every later call on that
 * page. A module of its own: the view imports the names without pulling in the pipeline.
 */
export interface KeptPipeline {
  /** The script, as the build names it */
  readonly file: '/extract.js' | '/extract-with-key-facts.js';
  /** The isolated world's global it leaves a `KeptExtraction` under */
  readonly name: string;
}

/** What an extraction script leaves in the tab: the pipeline, to run on the page as it is then. */
export type KeptExtraction = (document: Document) => ExtractionOutcome;

/** The reading view's: without the key facts (the view finds them on what it renders). */
export const KEPT_PIPELINE: KeptPipeline = { file: '/extract.js', name: '__qariExtractInPage' };

/** A save without a view (menu, shortcut): with them; twice the code, so a script of its own. */
export const KEPT_PIPELINE_WITH_KEY_FACTS: KeptPipeline = {
  file: '/extract-with-key-facts.js',
  name: '__qariExtractWithKeyFacts',
};

export function keptPipelineFor({ keyFacts }: InPageOptions): KeptPipeline {
  return keyFacts ? KEPT_PIPELINE_WITH_KEY_FACTS : KEPT_PIPELINE;
}

/** Called by an extraction script: leaves its pipeline in the world, unless an earlier one did. */
export function keepPipeline(pipeline: KeptPipeline, run: KeptExtraction): void {
  const world = globalThis as unknown as Record<string, KeptExtraction | undefined>;
  world[pipeline.name] ??= run;
}
