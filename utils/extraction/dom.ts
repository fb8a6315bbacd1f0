/** Small DOM helpers shared by the steps. They work on any DOM implementation. */
import { callNative } from './native';

/** Tags of headings, as the section rules use them. */
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** Classes of the element that holds an article's body in common CMSs; rules never remove these. */
const ARTICLE_BODY_CLASSES = new Set([
  'entry-content',
  'post-content',
  'article-body',
  'article-content',
  'story-body',
]);

/** `NodeFilter.SHOW_ELEMENT` (jsdom in Node has no global `NodeFilter`). */
const SHOW_ELEMENT = 1;

/**
 * Every element under `root` (not `root` itself), in document order: what `querySelectorAll('*')`
 * returns, as a plain array. A TreeWalker, not a selector: jsdom matches `*` through its selector
 * engine, about eight times slower than walking (a browser is fast either way). The walker comes
 * from the document's own method, which page markup cannot shadow (`<img name="createTreeWalker">`).
 */
export function elementsUnder(root: Node): Element[] {
  const document = root.nodeType === 9 ? root : root.ownerDocument;
  if (!document) return [];
  const walker = callNative<TreeWalker>(document, 'createTreeWalker', root, SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** Every element under `root` that passes a test, in one walk with a plain predicate. */
export function findAll(root: Node, test: (element: Element) => boolean): Element[] {
  return elementsUnder(root).filter(test);
}

/** Whether an element has one of these classes. */
export function hasClass(element: Element, classes: ReadonlySet<string>): boolean {
  const className = element.getAttribute('class');
  return className !== null && className.split(/\s+/).some((name) => classes.has(name));
}

function marksArticle(element: Element): boolean {
  return (
    element.tagName.toUpperCase() === 'H1' ||
    element.getAttribute('itemprop') === 'articleBody' ||
    hasClass(element, ARTICLE_BODY_CLASSES)
  );
}

/** The top of the tree an element is in: its document, or the root of a detached tree. */
function treeTop(element: Element): Node {
  let node: Node = element;
  while (node.parentNode) node = node.parentNode;
  return node;
}

/** Per tree: every element that contains the headline or a marked article body. */
const articleHolders = new WeakMap<Node, Set<Element>>();

function holdersOf(top: Node): Set<Element> {
  let holders = articleHolders.get(top);
  if (!holders) {
    holders = new Set();
    const markers = findAll(top, marksArticle);
    for (const marker of markers) {
      for (let node: Element | null = marker; node && !holders.has(node); node = node.parentElement) {
        holders.add(node);
      }
    }
    articleHolders.set(top, holders);
  }
  return holders;
}

/**
 * Whether removing this element would take the article's headline or body with it. Computed once
 * per tree (removals only ever make the answer more conservative); a querySelector per question
 * made the removal steps quadratic.
 */
export function holdsArticle(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return true;
  return holdersOf(treeTop(element)).has(element);
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

/** Length of the text inside an element's links, white space collapsed. */
export function linkedTextLength(element: Element): number {
  // Most paragraphs hold only text: no collection to build for them.
  if (!element.firstElementChild) return 0;
  let linked = 0;
  // A tag collection, not `querySelectorAll('a')`: jsdom matches selectors slowly.
  for (const link of element.getElementsByTagName('a')) linked += textLength(link);
  return linked;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(element: Element): number {
  const total = textLength(element);
  if (total === 0) return 0;
  return Math.min(1, linkedTextLength(element) / total);
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
    if (textBefore(node).length > maxTextBefore || holdsArticle(parent)) break;
    node = parent;
  }
  return node;
}

/** The elements after `element` in its parent: what a heading that follows other content heads. */
export function followingSiblings(element: Element): Element[] {
  const rest: Element[] = [];
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) rest.push(next);
  return rest;
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
