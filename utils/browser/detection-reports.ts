import { onValidMessage } from '../messaging/on-valid-message';
import { showDetection } from './toolbar-state';

/**
 * The background's side of detection: only Qari's own content script, in a tab's top frame, with
 * a well-formed report, may set that tab's toolbar state. The tab comes from the browser
 * (`sender.tab`), never from the message.
 */
export function listenForDetectionReports(): () => void {
  return onValidMessage('reportDetection', 'content-script', (data, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) void showDetection(tabId, data.isArticle);
  });
}
