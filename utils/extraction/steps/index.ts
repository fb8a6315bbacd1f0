import type { Step } from '../context';
import { STEPS_WITHOUT_KEY_FACTS } from './extraction-steps';
import { keyFacts } from './key-facts';

export { STEPS_WITHOUT_KEY_FACTS };

/**
 * The whole pipeline: the article's steps, then its key facts (last: their offsets are into the
 * final body's text). The list without them is a module of its own so that a bundle can leave out
 * the key-facts code and its gazetteers (half of the extraction script; see entrypoints/extract.ts).
 */
export const STEPS: readonly Step[] = [...STEPS_WITHOUT_KEY_FACTS, keyFacts];
