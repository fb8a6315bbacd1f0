import type { ReadabilityResult } from './context';
import { flatText } from '../text/block-text';

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/\\]+\s+/u;

function meta(document: Document, ...names: string[]): string {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

/**
 * The headline as the page shows it. Readability's title comes from `<title>` or metadata and
 * often still carries the site name; when a heading of the page is that title (or part of it),
 * the heading's own text wins. Otherwise the site name is cut off at a separator.
 */
export function headlineOf(document: Document, readabilityTitle: string, siteName: string): string {
  const title = readabilityTitle.replace(/\s+/g, ' ').trim();
  const headings = Array.from(document.querySelectorAll('h1, h2'))
    .map((heading) => flatText(heading))
    .filter((text) => text.length >= 8 && text.length <= 300);
  const shown =
    headings.find((text) => text === title) ??
    headings.find((text) => title.includes(text) || text.includes(title));
  if (shown && title) return shown;
  if (siteName && title) {
    const parts = title.split(TITLE_SEPARATOR);
    const rest = parts.filter((part) => part.trim().toLowerCase() !== siteName.trim().toLowerCase());
    if (rest.length && rest.length < parts.length) return rest.join(' - ').trim();
  }
  return title || headings[0] || '';
}

function absoluteHttpUrl(url: string, base: string): string {
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
