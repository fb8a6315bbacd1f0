import * as v from 'valibot';
import { browser } from '#imports';
import type { Browser } from '#imports';
import { DETECTION_REPORT } from '../messaging/schemas';
import { showDetection } from './toolbar-state';
import { isDetectablePage } from './restricted-pages';

/**
 * Runs the detection script in the tab's top frame and shows its answer on the toolbar. The
 * answer is the script's return value, handed back by the browser: the script never touches the
 * extension API, so the page never pays for the browser setting that API up in it (with a declared
 * content script that sent a message, Firefox's longest detection block was 15.6–47.4 ms per page
 * in `npm run bench:hostile`; with this, 5.7–28.9 ms).
 * A tab closed or navigated away meanwhile, or a page that may not be scripted, leaves the
 * toolbar as it was.
 */
export async function detectInTab(tabId: number): Promise<void> {
  const check = ++checksAsked;
  latestCheck.set(tabId, check);
  let answer: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/detect.js'] });
    answer = frame?.result;
  } catch {
    answer = undefined;
  }
  // A later load of the tab has been checked since: its answer is the one to show.
  if (latestCheck.get(tabId) !== check) return;
  latestCheck.delete(tabId);
  // Qari's own script, but it ran in the page's process on the page's DOM: parsed, not trusted.
  const report = v.safeParse(DETECTION_REPORT, answer);
  if (report.success) await showDetection(tabId, report.output.isArticle);
}

/**
 * The last check asked for in each tab, until it answers. Checks of one tab can answer out of
 * order when the tab loads again while an earlier check is still running (a redirect, a quick
 * click on, a reload): the earlier, slower answer must not overwrite the later page's.
 */
const latestCheck = new Map<number, number>();
let checksAsked = 0;

/**
 * The background's side of detection: once a web page in a tab has loaded, check it. "Loaded" is
 * the tab's `complete` status (after the page's load event), so the check runs once the page has
 * done its own work, later than a content script's `document_idle`. When Qari is installed or
 * updated, the pages already open are checked too (a declared content script never ran in them).
 */
export function detectWhenPagesLoad(): () => void {
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (change.status === 'complete' && isDetectablePage(tab.url)) void detectInTab(tabId);
  };
  const onInstalled = () => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        // A tab still loading is checked when it completes.
        if (tab.id !== undefined && tab.status !== 'loading' && isDetectablePage(tab.url)) {
          void detectInTab(tab.id);
        }
      }
    });
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onInstalled.addListener(onInstalled);
  return () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onInstalled.removeListener(onInstalled);
  };
}
