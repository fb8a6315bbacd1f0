import type { ReadabilityResult } from './context';
import { flatText } from '../text/block-text';
import { callNative } from './native';

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/\\]+\s+/u;

/** Per document: `<meta property|name|itemprop>` → content, read once (the source never changes). */
const metaTables = new WeakMap<Document, Map<string, string>>();

function metaTable(document: Document): Map<string, string> {
  let table = metaTables.get(document);
  if (!table) {
    table = new Map();
    // A plain tag query and attribute reads: attribute selectors are slow in some DOMs (jsdom).
    for (const element of document.querySelectorAll('meta')) {
      const content = element.getAttribute('content')?.trim();
      if (!content) continue;
      const httpEquiv = element.getAttribute('http-equiv');
      for (const key of [
        element.getAttribute('property'),
        element.getAttribute('name'),
        element.getAttribute('itemprop'),
        // Header names are case-insensitive: `http-equiv:content-language`.
        httpEquiv === null ? null : `http-equiv:${httpEquiv.trim().toLowerCase()}`,
      ]) {
        if (key && !table.has(key)) table.set(key, content);
      }
    }
    metaTables.set(document, table);
  }
  return table;
}

/**
 * Drops what was read from a document (its meta table and headlines): the caches serve one
 * extraction, and a live page may change before the next one (a single-page site's navigation).
 */
export function forgetMetadata(document: Document): void {
  metaTables.delete(document);
  headlines.delete(document);
}

/** The content of the first of these `<meta>` keys the page declares, else ''. */
export function meta(document: Document, ...names: string[]): string {
  const table = metaTable(document);
  for (const name of names) {
    const content = table.get(name);
    if (content) return content;
  }
  return '';
}

/** Whether a heading is the page's headline as one of its declared titles gives it. */
function headingMatchesTitle(heading: string, title: string): boolean {
  if (!title) return false;
  if (heading === title) return true;
  // "Headline | Site" contains the headline; Readability's shortened "Headline" is inside it.
  if (title.includes(heading)) return heading.length >= title.length * 0.4;
  return heading.includes(title) && heading.length <= title.length * 1.8;
}

/**
 * The headline as the page shows it. Readability's title comes from `<title>` or metadata and
 * often still carries the site name, or loses a part before a colon; when a heading of the page
 * is one of the declared titles (or part of one), the heading's own text wins. Otherwise the site
 * name is cut off at a separator.
 */
const headlines = new WeakMap<Document, Map<string, string>>();

export function headlineOf(document: Document, readabilityTitle: string, siteName: string): string {
  // Asked by the clean-up step and again for the result; the source never changes in between.
  const key = `${readabilityTitle}\u0000${siteName}`;
  let known = headlines.get(document);
  if (!known) headlines.set(document, (known = new Map()));
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const headline = findHeadline(document, readabilityTitle, siteName);
  known.set(key, headline);
  return headline;
}

function findHeadline(document: Document, readabilityTitle: string, siteName: string): string {
  const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const title = collapse(readabilityTitle);
  const declared = [title, collapse(document.title), collapse(meta(document, 'og:title', 'twitter:title'))];
  for (const tag of ['h1', 'h2']) {
    // The document's own method (markup cannot shadow it), not a walk that reads every element's
    // tag through its getter: that cost a few milliseconds a page in jsdom.
    const headings = Array.from(callNative<HTMLCollection>(document, 'getElementsByTagName', tag))
      .map((heading) => flatText(heading))
      .filter((text) => text.length >= 8 && text.length <= 300);
    for (const candidate of declared) {
      const shown = headings.find((heading) => headingMatchesTitle(heading, candidate));
      if (shown) return shown;
    }
  }
  if (siteName && title) {
    const parts = title.split(TITLE_SEPARATOR);
    const rest = parts.filter((part) => part.trim().toLowerCase() !== siteName.trim().toLowerCase());
    if (rest.length && rest.length < parts.length) return rest.join(' - ').trim();
  }
  return title || collapse(document.querySelector('h1')?.textContent ?? '');
}

function absoluteHttpUrl(url: string, base: string): string {
  // An empty URL would resolve to the page itself.
  if (!url.trim()) return '';
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : '';
  } catch {
    return '';
  }
}

/** The lead image: the page's declared share image, else the first image of the body. */
export function leadImageOf(document: Document, content: ParentNode | null, base: string): string {
  const declared = meta(document, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const first = content?.querySelector('img[src]')?.getAttribute('src') ?? '';
  return absoluteHttpUrl(declared, base) || absoluteHttpUrl(first, base);
}

/** Publication time as ISO 8601 when it can be read, else as the page gives it. */
export function publishedTimeOf(document: Document, parsed: ReadabilityResult | null): string {
  const raw =
    parsed?.publishedTime ||
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate') ||
    document.querySelector('time[datetime]')?.getAttribute('datetime') ||
    '';
  const time = Date.parse(raw);
  return Number.isNaN(time) ? raw.trim() : new Date(time).toISOString();
}

export function siteNameOf(document: Document, parsed: ReadabilityResult | null): string {
  return (parsed?.siteName || meta(document, 'og:site_name', 'application-name') || '').trim();
}
