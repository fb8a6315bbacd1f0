import { defineExtensionMessaging } from '@webext-core/messaging';

/** What the detection content script tells the background about the page it runs in. */
export interface DetectionReport {
  isArticle: boolean;
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
