import { describe, expect, it } from 'vitest';
import { isDetectablePage, isRestrictedError, isRestrictedUrl } from '@/utils/browser/restricted-pages';

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
    ['https://support.mozilla.org/ar/kb/x', true],
    ['https://accounts.firefox.com/signin', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['https://microsoftedge.microsoft.com/', false],
    ['https://example.com/report.PDF', true],
    ['https://chrome.google.com/search', false],
    ['https://www.aljazeera.net/news/2024/8/15/article', false],
    ['http://127.0.0.1:8080/fixtures/ar-seed-wordpress/', false],
    ['file:///home/reader/saved.html', false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });

  it.each([
    // The address settles it first: a browser page or a store is off limits, whatever the wording.
    ['Missing host permission for the tab', 'about:addons', true],
    ['Frame with ID 0 was removed.', 'chrome://newtab/', true],
    ['Missing host permission for the tab', 'https://addons.mozilla.org/ar/firefox/', true],
    ['Missing host permission for the tab', 'https://support.mozilla.org/ar/', true],
    [
      'Cannot access contents of url "https://chromewebstore.google.com/".',
      'https://chromewebstore.google.com/',
      true,
    ],
    [undefined, undefined, true],
    // A web page Qari holds host access to: "Missing host permission" is a tab between documents.
    ['Missing host permission for the tab', 'https://news.example/reloading', false],
    ['Frame with ID 0 was removed.', 'https://news.example/a', false],
    ['No tab with id: 12.', 'https://news.example/a', false],
    // Otherwise the wording: an administrator's policy, a file: page without file access.
    ['This page cannot be scripted due to an ExtensionsSettings policy.', 'https://blocked.example/', true],
    [
      'Cannot access contents of url "file:///home/reader/saved.html". Extension manifest must request permission to access this host.',
      'file:///home/reader/saved.html',
      true,
    ],
    ['Missing host permission for the tab', 'file:///home/reader/saved.html', true],
  ])('%s on %s → %s', (message, url, restricted) => {
    expect(isRestrictedError(message ?? '', url)).toBe(restricted);
  });

  it.each([
    ['https://www.aljazeera.net/news/2024/8/15/article', true],
    ['http://127.0.0.1:8080/fixtures/ar-seed-wordpress/', true],
    ['https://chromewebstore.google.com/detail/x/abc', false],
    ['https://addons.mozilla.org/ar/firefox/addon/x/', false],
    ['https://example.com/report.pdf', false],
    ['file:///home/reader/saved.html', false],
    ['about:blank', false],
    [undefined, false],
  ])('detection runs on %s: %s', (url, detectable) => {
    expect(isDetectablePage(url)).toBe(detectable);
  });
});
