import { browser } from '#imports';
import type { Browser } from '#imports';
import { libraryDb } from '../storage/library/db';
import { saveArticle } from '../storage/library/repository';
import { readTabArticle } from './read-tab-article';
import { showDetection, toolbarAction } from './toolbar-state';
import { libraryErrorMessage } from './library-messages';
import { t } from './i18n';

export const SAVE_TO_QARI_MENU_ID = 'save-to-qari';
export const SAVE_ARTICLE_COMMAND = 'save-article';

/** How long the toolbar button shows the result of a save before showing the page's state again. */
const RESULT_MS = 4000;
export const SAVED_BADGE = '★';
export const SAVE_FAILED_BADGE = '!';

/** "Save to Qari", next to "Read in Qari" (created after it: that one clears the menu first). */
export function createSaveToQariMenu(): void {
  browser.contextMenus.create({
    id: SAVE_TO_QARI_MENU_ID,
    title: t('menuSaveToQari'),
    contexts: ['page', 'selection', 'link'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/** Shows on the tab's toolbar button whether the save worked (no notifications permission). */
async function showSaveResult(tabId: number, saved: boolean, why = ''): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: saved ? SAVED_BADGE : SAVE_FAILED_BADGE }),
    action.setBadgeBackgroundColor({ tabId, color: saved ? '#1f6f5c' : '#a4262c' }),
    action.setTitle({ tabId, title: saved ? t('toolbarSaved') : `${t('toolbarSaveFailed')} ${why}`.trim() }),
  ]);
  setTimeout(() => void showDetection(tabId, saved).catch(() => undefined), RESULT_MS);
}

/** Extracts the tab's article (as the reader does) and saves it to the library. */
export async function saveTabArticle(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  const state = await readTabArticle(tab);
  // "Save" is an explicit request: a page the cheap detection doubted is saved all the same.
  const article = state.kind === 'ready' || state.kind === 'not-article' ? state.article : null;
  if (!article) {
    await showSaveResult(tab.id, false);
    return;
  }
  try {
    await saveArticle(libraryDb(), article);
    await showSaveResult(tab.id, true);
  } catch (error) {
    await showSaveResult(tab.id, false, libraryErrorMessage(error));
  }
}

export function handleSaveMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  if (info.menuItemId === SAVE_TO_QARI_MENU_ID && tab) void saveTabArticle(tab);
}

export function handleSaveCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command !== SAVE_ARTICLE_COMMAND) return;
  if (tab?.id !== undefined) {
    void saveTabArticle(tab);
    return;
  }
  void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
    if (active) void saveTabArticle(active);
  });
}
