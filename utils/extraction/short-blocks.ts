import { holdsArticle, outermost } from './dom';
import { foldForMatching } from '../text/fold-arabic';

/** Elements that can hold a stand-alone bit of page furniture. */
const CONTAINER_TAGS = new Set([
  'DIV',
  'P',
  'SECTION',
  'ASIDE',
  'UL',
  'OL',
  'LI',
  'SPAN',
  'SMALL',
  'FOOTER',
  'HEADER',
  'NAV',
  'TABLE',
  'DL',
  'FIGURE',
  'FORM',
  'A',
  'STRONG',
  'B',
]);

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** A short element of the page with its text, ready for the furniture rules. */
export interface ShortElement {
  element: Element;
  /** Folded text (see `foldForMatching`). */
  text: string;
}

export interface ShortBlockRule {
  /** Longest text (collapsed) that an element may have to be taken for furniture. */
  maxLength: number;
  /** Whether an element whose folded text is `text` is the furniture this rule is about. */
  matches(element: Element, text: string): boolean;
}

/** The short elements of a tree, its text lengths, and its root (to tell what is still in it). */
export interface ShortElements {
  root: Element;
  /** The limit they were collected with */
  maxLength: number;
  short: ShortElement[];
  lengths: Map<Element, number>;
}

/**
 * The raw text length of every element under `root`, in one bottom-up walk. Measuring each element
 * with `textContent` would cost the size of its subtree every time: quadratic on deep pages.
 */
export function measureTextLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const measure = (element: Element): number => {
    let length = 0;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) length += child.nodeValue?.length ?? 0;
      else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName))
        length += measure(child as Element);
    }
    lengths.set(element, length);
    return length;
  };
  measure(root);
  return lengths;
}

/**
 * The page's furniture-sized elements: containers whose text is at most `maxLength` characters
 * once white space is collapsed. One walk serves every rule of a step.
 */
export function collectShortElements(
  root: Element,
  maxLength: number,
  lengths: Map<Element, number> = measureTextLengths(root),
): ShortElements {
  const short: ShortElement[] = [];
  for (const [element, length] of lengths) {
    if (element === root || !CONTAINER_TAGS.has(element.tagName.toUpperCase())) continue;
    // Raw length counts indentation too; the exact check is on the collapsed text.
    if (length > maxLength * 4) continue;
    const text = foldForMatching(element.textContent ?? '');
    if (text.length <= maxLength) short.push({ element, text });
  }
  return { root, maxLength, short, lengths };
}

/**
 * Grows a matched element to the wrapper around it that adds little text (the box around a
 * notice, the bar around share buttons), so the whole piece of furniture goes, not just its label.
 */
export function widenToWrapper(element: Element, lengths: Map<Element, number>, slack = 60): Element {
  let node = element;
  const length = lengths.get(element) ?? 0;
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const parentLength = lengths.get(parent);
    if (parentLength === undefined || parentLength > length + slack || holdsArticle(parent)) break;
    node = parent;
  }
  return node;
}

/** The outermost short elements that a rule matches, widened to their wrappers. */
export function matchShortBlocks(collected: ShortElements, rule: ShortBlockRule): Element[] {
  const found = collected.short
    .filter(
      ({ element, text }) =>
        text.length <= rule.maxLength && collected.root.contains(element) && rule.matches(element, text),
    )
    .map(({ element }) => widenToWrapper(element, collected.lengths));
  return outermost(found.filter((element) => !holdsArticle(element)));
}

/**
 * The short elements of `root` that an earlier step collected (up to `maxLength`), or a new
 * collection. Elements an earlier step removed are skipped by `matchShortBlocks`.
 */
export function shortElementsOnce(
  cache: { shortElements?: ShortElements },
  root: Element,
  maxLength: number,
): ShortElements {
  const cached = cache.shortElements;
  if (cached?.root === root && cached.maxLength >= maxLength) return cached;
  const collected = collectShortElements(root, maxLength);
  cache.shortElements = collected;
  return collected;
}

/** One rule over one root: collect, then match. */
export function findShortBlocks(root: Element, rule: ShortBlockRule): Element[] {
  return matchShortBlocks(collectShortElements(root, rule.maxLength), rule);
}
