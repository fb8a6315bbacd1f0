/** Small DOM helpers shared by the steps. They work on any DOM implementation. */

/** Tags of headings, as the section rules use them. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** Elements that hold an article's body in common CMSs; rules never remove these. */
const ARTICLE_BODY_SELECTOR =
  '[itemprop="articleBody"], .entry-content, .post-content, .article-body, .article-content, .story-body';

/** Whether removing this element would take the article's headline or body with it. */
export function holdsArticle(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return true;
  if (element.matches(ARTICLE_BODY_SELECTOR) || element.querySelector(ARTICLE_BODY_SELECTOR)) return true;
  return element.querySelector('h1') !== null;
}

/** Keeps only the outermost elements of a list (an element inside another one is dropped). */
export function outermost(elements: Iterable<Element>): Element[] {
  const sorted = [...new Set(elements)];
  return sorted.filter((element) => !sorted.some((other) => other !== element && other.contains(element)));
}

/** Length of an element's text with white space collapsed. */
export function textLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(element: Element): number {
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textLength(link);
  return Math.min(1, linked / total);
}

/** Text of the nodes before `node` inside its parent, collapsed: "is it the first thing there?". */
export function textBefore(node: Node): string {
  let text = '';
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    text = (sibling.textContent ?? '') + text;
    if (text.trim().length > 40) break;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The largest ancestor of `element` (itself included) that begins with it and holds no article:
 * the wrapper of a section that `element` heads.
 */
export function sectionStartingAt(element: Element, maxTextBefore = 20): Element {
  let node = element;
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (holdsArticle(parent) || textBefore(node).length > maxTextBefore) break;
    node = parent;
  }
  return node;
}

/** Paragraph text (of `p` elements with real sentences) that lies outside the given elements. */
export function paragraphTextOutside(root: Element, excluded: readonly Element[]): number {
  let total = 0;
  for (const paragraph of root.querySelectorAll('p')) {
    if (excluded.some((element) => element.contains(paragraph))) continue;
    const length = textLength(paragraph);
    if (length >= 40) total += length;
  }
  return total;
}
