/**
 * The name under which the extraction script leaves its pipeline in a tab, in the extension's
 * isolated world (the page cannot see it), for every opening of the view on that page to call.
 * A module of its own: the view imports the name without pulling in the pipeline.
 */
export const KEPT_PIPELINE = '__qariExtractInPage';
