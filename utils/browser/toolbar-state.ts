import { browser } from '#imports';
import type { MessageKey } from './i18n';
import { t } from './i18n';

/** How the toolbar button looks for a tab, given the detection result. */
export interface ToolbarState {
  badgeText: string;
  titleKey: MessageKey;
}

/** A check mark reads the same in every language and fits the badge. */
export const ARTICLE_BADGE = '✓';
const BADGE_COLOR = '#1f6f5c';

export function toolbarStateFor(isArticle: boolean): ToolbarState {
  return isArticle
    ? { badgeText: ARTICLE_BADGE, titleKey: 'toolbarArticle' }
    : { badgeText: '', titleKey: 'toolbarNotArticle' };
}

/** Firefox's MV2 build has `browserAction`; Chrome's MV3 build has `action`. Same methods. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}

/** Shows the detection result on the toolbar button of one tab (badge and tooltip). */
export async function showDetection(tabId: number, isArticle: boolean): Promise<void> {
  const state = toolbarStateFor(isArticle);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: state.badgeText }),
    action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    action.setTitle({ tabId, title: t(state.titleKey) }),
  ]);
}
