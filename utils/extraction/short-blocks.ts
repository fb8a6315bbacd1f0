import { holdsArticle, outermost, textLength } from './dom';
import { foldForMatching } from '../text/fold-arabic';

/** Elements that can hold a stand-alone bit of page furniture. */
const CONTAINER_TAGS = 'div, p, section, aside, ul, ol, li, span, small, footer, header, nav, table, dl, figure, form, a, strong, b';

export interface ShortBlockRule {
  /** Longest text (collapsed) that an element may have to be taken for furniture. */
  maxLength: number;
  /** Whether an element whose folded text is `text` is the furniture this rule is about. */
  matches(element: Element, text: string): boolean;
}

/**
 * Grows a matched element to the wrapper around it that adds little text (the box around a
 * notice, the bar around share buttons), so the whole piece of furniture goes, not just its label.
 */
export function widenToWrapper(element: Element, slack = 30): Element {
  let node = element;
  const length = textLength(element);
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (holdsArticle(parent) || textLength(parent) > length + slack) break;
    node = parent;
  }
  return node;
}

/** The outermost short elements under `root` that a rule matches, widened to their wrappers. */
export function findShortBlocks(root: Element, rule: ShortBlockRule): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll(CONTAINER_TAGS)) {
    const raw = element.textContent ?? '';
    // Cheap bound first: most elements on a page are far longer than any furniture.
    if (raw.length > rule.maxLength * 4) continue;
    const text = foldForMatching(raw);
    if (text.length > rule.maxLength) continue;
    if (rule.matches(element, text)) found.push(element);
  }
  return outermost(found.map((element) => widenToWrapper(element)).filter((element) => !holdsArticle(element)));
}
