import { describe, expect, it } from 'vitest';
import { isRestrictedError, isRestrictedUrl } from '@/utils/browser/restricted-pages';

describe('pages where the extension cannot run', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['chrome://extensions/', true],
    ['about:blank', true],
    ['about:reader?url=https://example.com', true],
    ['view-source:https://example.com/', true],
    ['moz-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x/abc', true],
    ['https://chrome.google.com/webstore/detail/abc', true],
    ['https://addons.mozilla.org/ar/firefox/addon/x/', true],
    ['https://example.com/report.PDF', true],
    ['https://chrome.google.com/search', false],
    ['https://www.aljazeera.net/news/2024/8/15/article', false],
    ['http://127.0.0.1:8080/fixtures/ar-seed-wordpress/', false],
    ['file:///home/reader/saved.html', false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });

  it.each([
    ['Cannot access contents of url "chrome://newtab/".', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Missing host permission for the tab', true],
    ['Cannot access a chrome:// URL', true],
    ['Frame with ID 0 was removed.', false],
  ])('%s → %s', (message, restricted) => {
    expect(isRestrictedError(message)).toBe(restricted);
  });

  it.each([
    ['Missing host permission for the tab', 'about:addons', true],
    ['Missing host permission for the tab', 'https://news.example/reloading', false],
    [
      'Cannot access contents of url "https://chromewebstore.google.com/".',
      'https://chromewebstore.google.com/',
      true,
    ],
  ])('%s on %s → %s', (message, url, restricted) => {
    expect(isRestrictedError(message, url)).toBe(restricted);
  });
});
