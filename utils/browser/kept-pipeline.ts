/**
 * The name under which the first injection of the extraction script into a tab keeps its pipeline,
 * in the extension's isolated world (the page cannot see it), for the next opening to call.
 * A module of its own: the view imports the name without pulling in the pipeline.
 */
export const KEPT_PIPELINE = '__qariExtractInPage';
