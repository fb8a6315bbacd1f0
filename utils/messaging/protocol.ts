import { defineExtensionMessaging } from '@webext-core/messaging';

/** What the detection content script tells the background about the page it runs in. */
export interface DetectionReport {
  isArticle: boolean;
}

/**
 * How long the extraction took in the page, carried with its result (`scripting.executeScript`'s
 * answer) so that the reading view can tell extraction from transfer (`npm run bench:browser`).
 */
export interface ExtractionTimings {
  /** When the extraction started: `performance.timeOrigin + performance.now()` in the page. */
  startedAt: number;
  /** Main-thread milliseconds of the whole pipeline in the page (clone included). */
  extractMs: number;
}

/**
 * Every message between the parts of the extension. Each takes one `data` argument (webext-core's
 * rule); the sender's tab comes from `message.sender`, never from the data, so a page cannot
 * speak for another tab.
 */
export interface ProtocolMap {
  /** Detection content script → background: set this tab's toolbar state. */
  reportDetection(data: DetectionReport): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
