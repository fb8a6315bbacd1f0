/**
 * The address an article is known by, so that saving it again from another link (a share link with
 * tracking parameters, the mobile or AMP page) updates the saved copy instead of adding a second.
 */

/** Query parameters that only say where a click came from (analytics, ads, newsletters). */
const TRACKING_PARAM =
  /^(utm_.+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ref_url|cmpid|ocid|spm)$/i;

/** Sub-domains that serve the same site's pages in another layout. */
const LAYOUT_SUBDOMAIN = /^(www|m|mobile|amp)\./i;

function httpUrl(address: string, base?: string): URL | null {
  if (!address.trim()) return null;
  try {
    const url = new URL(address.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The URL without its fragment and tracking parameters. */
export function cleanUrl(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  // forEach, not the iterator: in Firefox's content-script sandbox the page-realm iterator is not
  // iterable from our code.
  const names: string[] = [];
  clean.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) if (TRACKING_PARAM.test(name)) clean.searchParams.delete(name);
  // A bare `?` must not be left behind when every parameter was a tracking one.
  if (clean.search === '?') clean.search = '';
  return clean.href;
}

function siteHost(host: string): string {
  return host.toLowerCase().replace(LAYOUT_SUBDOMAIN, '');
}

/**
 * Whether a declared canonical address is on the page's own site: the same host up to www/m/amp,
 * or one a sub-domain of the other. A page cannot claim to be another site's article.
 */
export function isSameSite(pageHost: string, declaredHost: string): boolean {
  const page = siteHost(pageHost);
  const declared = siteHost(declaredHost);
  if (page === declared) return true;
  const [shorter, longer] = page.length < declared.length ? [page, declared] : [declared, page];
  return shorter.includes('.') && longer.endsWith(`.${shorter}`);
}

/**
 * The page's declared canonical address (`<link rel=canonical>`, else og:url) when it is on the same
 * site, else the page's own address; either way without fragment and tracking parameters. '' when
 * the page has no http(s) address.
 */
export function canonicalUrlOf(document: Document, pageUrl: string): string {
  const page = httpUrl(pageUrl);
  if (!page) return '';
  const declaredAddresses = [
    document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? '',
    document.querySelector('meta[property="og:url"][content]')?.getAttribute('content') ?? '',
  ];
  for (const address of declaredAddresses) {
    const declared = httpUrl(address, page.href);
    if (declared && isSameSite(page.hostname, declared.hostname)) return cleanUrl(declared);
  }
  return cleanUrl(page);
}
