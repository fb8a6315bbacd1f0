/** Pages with more elements than this are refused rather than frozen on ("too large"). */
export const DEFAULT_MAX_ELEMENTS = 100_000;

/** Milliseconds the pipeline may run; the reading view gives up waiting at 5 s. */
export const DEFAULT_TIME_BUDGET_MS = 3_500;
