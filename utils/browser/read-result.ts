import type { Article, ExtractionErrorCode } from '../extraction';
import type { ExtractionTimings } from '../messaging/protocol';

/** Why a tab's article could not be shown; each has a message in the user's language. */
export type ReadFailure = ExtractionErrorCode | 'failed';

/**
 * What the injected extraction script returns to the extension page. A plain object, so it survives
 * the structured clone of `scripting.executeScript` (an Error thrown in the page would not keep its
 * `code`).
 */
export type ExtractionOutcome = (
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly code: ReadFailure; readonly message: string }
) & { readonly timings?: ExtractionTimings };
