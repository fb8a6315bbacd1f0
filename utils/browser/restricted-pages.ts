/**
 * Pages where browsers never let an extension run: their own pages, the add-on stores, the PDF
 * viewer, source views. Asking would only produce an error, so the reader says so up front.
 */

/**
 * Web addresses (host, path prefix) where the browser refuses injection: the add-on stores, and
 * the rest of Firefox's `extensions.webextensions.restrictedDomains` (its accounts and support
 * sites), where it answers "Missing host permission" like for a tab between two documents.
 */
const OFF_LIMITS_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  ...[
    'accounts-static.cdn.mozilla.net',
    'accounts.firefox.com',
    'addons.cdn.mozilla.net',
    'addons.mozilla.org',
    'api.accounts.firefox.com',
    'content.cdn.mozilla.net',
    'discovery.addons.mozilla.org',
    'install.mozilla.org',
    'oauth.accounts.firefox.com',
    'profile.accounts.firefox.com',
    'support.mozilla.org',
    'sync.services.mozilla.com',
  ].map((host) => ({ host, path: '/' })),
];

/** Whether the reader cannot run on this address. No address (a tab we may not see) counts too. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  // view-source:, chrome:, about:, moz-extension:, data:, the PDF viewer's own scheme…
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return true;
  if (
    OFF_LIMITS_PAGES.some((page) => parsed.hostname === page.host && parsed.pathname.startsWith(page.path))
  ) {
    return true;
  }
  // Both browsers show PDFs in a viewer that extensions cannot script.
  return /\.pdf$/i.test(parsed.pathname);
}

/** Injection errors that mean "this page is off limits", as Chrome and Firefox word them. */
const RESTRICTED_ERRORS =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|no permission|not allowed|chrome:\/\/|about:/i;

const WEB_ADDRESS = /^https?:/i;
const MISSING_HOST_PERMISSION = /missing host permission/i;

/** Where detection runs: web pages (the manifest's host access) that the browser lets it script. */
export function isDetectablePage(url: string | undefined): boolean {
  return WEB_ADDRESS.test(url ?? '') && !isRestrictedUrl(url);
}

/**
 * Whether an injection error means "this page is off limits". `url` is the tab's address when Qari
 * asked, and settles it first. On any other web page Qari holds host access, so Firefox's
 * "Missing host permission" there means the tab was between two documents (a page that reloads
 * itself): a failed read the reader may retry. Otherwise the browser's wording decides (a file:
 * page without file access, a site blocked by an administrator's policy).
 */
export function isRestrictedError(message: string, url: string | undefined): boolean {
  if (isRestrictedUrl(url)) return true;
  if (WEB_ADDRESS.test(url ?? '') && MISSING_HOST_PERMISSION.test(message)) return false;
  return RESTRICTED_ERRORS.test(message);
}
