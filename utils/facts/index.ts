export { findKeyFacts } from './find-key-facts';
export type { FactKind, FindKeyFactsOptions, KeyFact } from './types';
export { FACT_KINDS } from './types';
