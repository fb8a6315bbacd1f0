/**
 * Pages where browsers never let an extension run: their own pages, the add-on stores, the PDF
 * viewer, source views. Asking would only produce an error, so the reader says so up front.
 */

/** Add-on store addresses (host, optional path prefix) where injection is refused. */
const STORE_PAGES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
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
  if (STORE_PAGES.some((store) => parsed.hostname === store.host && parsed.pathname.startsWith(store.path))) {
    return true;
  }
  // Both browsers show PDFs in a viewer that extensions cannot script.
  return /\.pdf$/i.test(parsed.pathname);
}

/** Injection errors that mean "this page is off limits", as Chrome and Firefox word them. */
const RESTRICTED_ERRORS =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|no permission|not allowed|chrome:\/\/|about:/i;

/**
 * `url` is the tab's address when Qari asked. Qari holds host access to every http(s) page, so
 * Firefox's "Missing host permission" there means the tab was between two documents (a page that
 * reloads itself), not a page off limits: that is a failed read the reader may retry.
 */
export function isRestrictedError(message: string, url?: string): boolean {
  if (/missing host permission/i.test(message) && /^https?:/i.test(url ?? '')) return false;
  return RESTRICTED_ERRORS.test(message);
}
