import { browser } from '#imports';
import { t } from './i18n';

export const READ_IN_QARI_MENU_ID = 'read-in-qari';

/**
 * (Re)creates the "Read in Qari" entry. Chrome keeps menus across service-worker restarts and
 * Firefox forgets them on browser restart, so clear and create on every background start.
 */
export async function createReadInQariMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: READ_IN_QARI_MENU_ID,
    title: t('menuReadInQari'),
    contexts: ['page', 'selection', 'link'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
