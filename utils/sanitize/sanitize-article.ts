import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';

/**
 * The one place where untrusted page HTML becomes trusted reader HTML. Every byte of a page is
 * attacker-controlled: nothing here may let a script, an event handler, a form, a frame, a style
 * or a beacon through. Everything that renders article HTML must have passed through here.
 */

/** What a reader view needs, and nothing more. */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'dir',
  'lang',
  'colspan',
  'rowspan',
  'datetime',
  'cite',
  'width',
  'height',
  'start',
  'reversed',
  'scope',
  'headers',
  'abbr',
  'id',
  'open',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Page ids could clobber globals of the extension page (`id="cookie"`); prefix them.
  SANITIZE_NAMED_PROPS: true,
  // Drop the content of these, not just the tags.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'textarea', 'select', 'button', 'svg', 'math'],
  KEEP_CONTENT: true,
};

/**
 * Links may only leave the reader: http(s) and mailto, always in a new tab. In-page `#` links are
 * dropped (their targets' ids are prefixed, and they would change the extension page's address).
 */
const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif);)/i;
const EMBED_TAGS = 'iframe, embed, object, video, audio';

/**
 * A link in a paragraph of its own, or inline inside a paragraph: a `<p>` in a `<p>` would
 * serialize to HTML that parses back differently (what is checked must be what is rendered).
 */
function linkTo(document: Document, url: string, label: string, inline: boolean): Element {
  const link = document.createElement('a');
  link.setAttribute('href', url);
  link.textContent = label;
  if (inline) return link;
  const paragraph = document.createElement('p');
  paragraph.append(link);
  return paragraph;
}

/** An embedded player becomes a plain link to it: the reader view never loads frames. */
function embedsToLinks(root: Element | DocumentFragment): void {
  const document = root.ownerDocument;
  if (!document) return;
  for (const embed of Array.from(root.querySelectorAll(EMBED_TAGS))) {
    const url =
      embed.getAttribute('src') ??
      embed.getAttribute('data') ??
      embed.querySelector('source')?.getAttribute('src') ??
      '';
    if (/^https?:/i.test(url)) {
      let host = url;
      try {
        host = new URL(url).hostname;
      } catch {
        // Keep the raw URL as the label.
      }
      embed.replaceWith(linkTo(document, url, `▶ ${host}`, embed.parentElement?.closest('p') != null));
    } else {
      embed.remove();
    }
  }
}

/**
 * A 1×1 (or 2×2) image is a tracking pixel, not a picture: loading it would tell a third party
 * that the article is being read. The article's own images load; beacons do not.
 */
function isTrackingPixel(image: Element): boolean {
  return ['width', 'height'].some((name) => {
    const value = image.getAttribute(name);
    return value !== null && /^\s*\d/.test(value) && Number.parseFloat(value) <= 2;
  });
}

function installHooks(purify: DOMPurify): void {
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as Element;
    if (element.nodeType !== 1) return;
    const tag = element.tagName.toLowerCase();
    if (tag === 'a') {
      const href = element.getAttribute('href');
      if (href !== null && !SAFE_LINK.test(href.trim())) element.removeAttribute('href');
      // A link without a target would navigate the extension page itself.
      if (element.hasAttribute('href')) {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (tag === 'img') {
      const src = element.getAttribute('src')?.trim() ?? '';
      // Removed after the walk: DOMPurify is iterating over the tree right now.
      if (!SAFE_IMAGE.test(src) || isTrackingPixel(element)) element.removeAttribute('src');
      // Only the images the reader scrolls to are fetched: fewer requests leave the machine, and
      // an article with thousands of images renders at once.
      element.setAttribute('loading', 'lazy');
    }
  });
}

/** The window the sanitizer works in: the browser's, or jsdom's in Node. */
export type SanitizerWindow = Window & { DOMParser: typeof DOMParser };

/**
 * Parses an HTML string into a `<div>` of an inert document: DOMParser documents have no browsing
 * context, so nothing in them runs or loads. (DOMPurify refuses a `<body>` as its root.)
 */
function parseIntoWrapper(html: string, window: SanitizerWindow): Element {
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const wrapper = document.createElement('div');
  wrapper.append(...Array.from(document.body.childNodes));
  return wrapper;
}

/** Replaces the wrapper `parseIntoWrapper` added with its children. */
function unwrap(fragment: DocumentFragment): void {
  const wrapper = fragment.firstElementChild;
  if (wrapper && fragment.childNodes.length === 1) wrapper.replaceWith(...Array.from(wrapper.childNodes));
}

const instances = new WeakMap<object, DOMPurify>();

/** A DOMPurify of our own for this window, so our hooks never touch anyone else's. */
function purifierFor(window: SanitizerWindow): DOMPurify {
  let purify = instances.get(window);
  if (!purify) {
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    installHooks(purify);
    instances.set(window, purify);
  }
  return purify;
}

/**
 * Sanitizes an article body into a fragment of `window`'s document. The input is not changed.
 * Links get `target="_blank"` and `rel="noopener noreferrer"` from our hook, never from the page.
 */
export function sanitizeArticle(input: Element | string, window: SanitizerWindow): DocumentFragment {
  const purify = purifierFor(window);
  const dirty =
    typeof input === 'string' ? parseIntoWrapper(input, window) : (input.cloneNode(true) as Element);
  embedsToLinks(dirty);
  const fragment = purify.sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  for (const image of Array.from(fragment.querySelectorAll('img:not([src])'))) image.remove();
  if (typeof input === 'string') unwrap(fragment);
  return fragment;
}

/**
 * Sanitizes an element that the caller owns (a private copy, such as Readability's result) in
 * place: the same rules, without the two copies that `sanitizeArticle` makes to leave its input
 * untouched. Returns the element, or null when the element itself is not allowed.
 */
export function sanitizeOwnedElement(element: Element, window: SanitizerWindow): Element | null {
  if (!ALLOWED_TAGS.includes(element.tagName.toLowerCase())) return null;
  const purify = purifierFor(window);
  embedsToLinks(element);
  purify.sanitize(element, { ...CONFIG, IN_PLACE: true });
  for (const image of Array.from(element.querySelectorAll('img:not([src])'))) image.remove();
  return element;
}

/**
 * Whether a URL taken from page data (the article's address, a library record) may become a link
 * of an extension page: http(s) only, so never `javascript:` or `data:`.
 */
export function isSafeLinkUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Sanitizes to an HTML string, for storage and the command-line tool. */
export function sanitizeArticleHtml(input: Element | string, window: SanitizerWindow): string {
  const fragment = sanitizeArticle(input, window);
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
