import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The extension pages' policy: our own scripts, styles and fonts only; no inline code, no eval, no
 * frames, no network. Images are the article's own (http/https; data: after sanitizing).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' https: http: data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Web pages: where the detection script runs and the host access it (and the reader tab) needs. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

function contentSecurityPolicy(browser: string): string | { extension_pages: string } {
  // Firefox's build is Manifest V2, which takes the policy as a plain string.
  return browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No webextension-polyfill: Chrome MV3 and Firefox both have promise-based APIs, and the polyfill
  // would add ~10 KB to the always-on detection script (budget: 10 KB).
  // Explicit imports keep the pure core (utils/) visibly free of browser APIs.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: reader settings. activeTab + scripting: inject the extraction into the tab being read.
    // contextMenus: "Read in Qari", "Save to Qari". unlimitedStorage: the library (IndexedDB) keeps
    // saved articles without the browser's per-site quota evicting them or refusing a large library.
    // Host access (http/https): the background runs the detection script in each page once it has
    // loaded (entrypoints/detect/), and the reader tab (reader.html?tabId=…) can also extract after
    // the click's grant is gone.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: WEB_PAGES,
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandOpenReader__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    // Builds only: the dev server needs its own script origin, which WXT adds to its default.
    ...(command === 'build' ? { content_security_policy: contentSecurityPolicy(browser) } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'qari@qari.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
