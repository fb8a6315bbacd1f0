import { browser, defineBackground } from '#imports';
import { detectWhenPagesLoad } from '@/utils/browser/detect-on-load';
import { createReadInQariMenu, READ_IN_QARI_MENU_ID } from '@/utils/browser/context-menu';
import { openReaderTab } from '@/utils/browser/open-reader';
import { createSaveToQariMenu, handleSaveCommand, handleSaveMenuClick } from '@/utils/browser/save-tab';

export default defineBackground(() => {
  // Listeners first, before anything is awaited: a message or click may be what woke us up.
  detectWhenPagesLoad();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READ_IN_QARI_MENU_ID && tab?.id !== undefined)
      void openReaderTab(tab.id, tab.index);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-reader') return;
    if (tab?.id !== undefined) {
      void openReaderTab(tab.id, tab.index);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) void openReaderTab(active.id, active.index);
    });
  });

  browser.contextMenus.onClicked.addListener(handleSaveMenuClick);
  browser.commands.onCommand.addListener(handleSaveCommand);

  void createReadInQariMenu().then(createSaveToQariMenu);
});
