import type { ExtractionTimings } from '../messaging/protocol';

/**
 * User-timing entries the reading view leaves in its own (extension page's) performance timeline,
 * for `npm run bench:browser`. Never in the web page's timeline: a page must not see that Qari is
 * installed. Recording is best effort and can never break reading.
 */
export const READER_TIMING = {
  /** mark: the view asks the browser to inject the extraction script */
  requested: 'qari:extract-requested',
  /** mark: the extraction result has arrived in the view */
  received: 'qari:article-received',
  /** measure: script injection, up to the extraction starting in the page */
  inject: 'qari:inject',
  /** measure: `extractArticle` in the page */
  extract: 'qari:extract',
  /** measure: from the end of the extraction in the page to the result in the view */
  transfer: 'qari:transfer',
  /** measure: from the result in the view to the article in the DOM and a frame painted */
  render: 'qari:render',
} as const;

/** A clock shared by the page and the view: ms since the epoch, sub-millisecond. */
export function sharedClock(): number {
  return performance.timeOrigin + performance.now();
}

function safely(record: () => void): void {
  try {
    record();
  } catch {
    // Timing is for the benchmark only.
  }
}

export function markExtractionRequested(): void {
  safely(() => performance.mark(READER_TIMING.requested));
}

/** Records injection, extraction and transfer, from the page's timings and the view's own marks. */
export function markExtractionReceived(timings: ExtractionTimings | undefined): void {
  safely(() => {
    const received = performance.mark(READER_TIMING.received).startTime;
    if (!timings) return;
    const requested = performance.getEntriesByName(READER_TIMING.requested, 'mark').at(-1)?.startTime;
    // The page's start on this view's timeline (clamped: the two processes' clocks may differ a little).
    const start = Math.min(Math.max(0, timings.startedAt - performance.timeOrigin), received);
    const end = Math.min(start + timings.extractMs, received);
    if (requested !== undefined && requested <= start) {
      performance.measure(READER_TIMING.inject, { start: requested, end: start });
    }
    performance.measure(READER_TIMING.extract, { start, duration: timings.extractMs });
    performance.measure(READER_TIMING.transfer, { start: end, end: received });
  });
}

/** Call once the article is in the DOM: measures up to the next frame having been painted. */
export function markArticleRendered(): void {
  safely(() => {
    const received = performance.getEntriesByName(READER_TIMING.received, 'mark').at(-1)?.startTime;
    if (received === undefined) return;
    // A frame's callbacks run just before it is painted; a task queued from them runs after.
    requestAnimationFrame(() =>
      setTimeout(() => safely(() => performance.measure(READER_TIMING.render, { start: received })), 0),
    );
  });
}
