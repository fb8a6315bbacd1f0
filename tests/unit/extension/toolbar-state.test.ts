import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ARTICLE_BADGE, showDetection, toolbarStateFor } from '@/utils/browser/toolbar-state';

const english = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

describe('toolbar state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no i18n; answer from the real English messages file.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => english[key]?.message ?? '');
  });

  it.each([
    [true, { badgeText: ARTICLE_BADGE, titleKey: 'toolbarArticle' }],
    [false, { badgeText: '', titleKey: 'toolbarNotArticle' }],
  ])('article=%s → %o', (isArticle, expected) => {
    expect(toolbarStateFor(isArticle)).toEqual(expected);
  });

  it('marks each tab on its own, with a tooltip in the user language', async () => {
    await showDetection(1, true);
    await showDetection(2, false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toBe(english.toolbarArticle?.message);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 2 })).toBe(english.toolbarNotArticle?.message);
  });

  it('clears the badge when a tab navigates from an article to a non-article', async () => {
    await showDetection(7, true);
    await showDetection(7, false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
