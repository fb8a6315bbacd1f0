/**
 * Where a page's reading text is, measured without Readability: the paragraphs of running text
 * (long enough, few links) and the deepest element that holds nearly all of them. Readability
 * picks ONE block and its qualifying siblings; on pages that split the article over many wrappers
 * (one per section of a listicle, page-builder rows, CMS widgets) it can return a single section.
 * This measure tells when that happened, and what the article's whole extent was.
 */
import { linkedTextLength } from './dom';

/** A paragraph shorter than this is a caption, a label or a teaser line, not running text. */
const MIN_PARAGRAPH_CHARS = 60;
/** More of a paragraph's text in links than this, and it is a link list. */
const MAX_LINK_SHARE = 0.3;
/** The container holds at least this share of the page's running text. */
const CONTAINER_SHARE = 0.85;

function insideLink(element: Element): boolean {
  // A walk, not `closest('a')`: jsdom matches selectors slowly, and this runs for every paragraph.
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.localName === 'a') return true;
  }
  return false;
}

/** The running-text paragraphs under `root`, with their lengths. */
export function runningParagraphs(root: Element): Map<Element, number> {
  const found = new Map<Element, number>();
  for (const paragraph of root.getElementsByTagName('p')) {
    const raw = paragraph.textContent ?? '';
    if (raw.length < MIN_PARAGRAPH_CHARS) continue;
    const length = raw.replace(/\s+/g, ' ').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    // A teaser card's summary sits inside its link (`<a><h4>…</h4><p>…</p></a>`).
    if (insideLink(paragraph)) continue;
    if (linkedTextLength(paragraph) / length > MAX_LINK_SHARE) continue;
    found.set(paragraph, length);
  }
  return found;
}

/** The first running paragraph's text under `root` (to find where a result came from). */
export function firstRunningParagraph(root: Element): string {
  const [first] = runningParagraphs(root).keys();
  return first?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Total length of the running text under `root`. */
export function runningTextLength(root: Element): number {
  let total = 0;
  for (const length of runningParagraphs(root).values()) total += length;
  return total;
}

export interface MainContainer {
  element: Element;
  /** Its running text, in characters */
  runningText: number;
}

/**
 * The deepest element under `body` that holds at least 85% of its running text, or null when the
 * page has less than `minRunningText` characters of it, or no element but the body holds that
 * much (the text is spread over the page: no container to speak of).
 */
export function findMainContainer(body: Element, minRunningText: number): MainContainer | null {
  const paragraphs = runningParagraphs(body);
  let total = 0;
  for (const length of paragraphs.values()) total += length;
  if (total < minRunningText) return null;
  const held = new Map<Element, number>();
  for (const [paragraph, length] of paragraphs) {
    for (let node = paragraph.parentElement; node && node !== body; node = node.parentElement) {
      held.set(node, (held.get(node) ?? 0) + length);
    }
  }
  // The elements that hold enough form a chain from the body down; take its lowest link.
  let best: MainContainer | null = null;
  let bestDepth = 0;
  for (const [element, runningText] of held) {
    if (runningText < total * CONTAINER_SHARE) continue;
    let depth = 0;
    for (let node = element.parentElement; node; node = node.parentElement) depth++;
    if (depth > bestDepth) {
      best = { element, runningText };
      bestDepth = depth;
    }
  }
  return best;
}

/** Wrappers that only group blocks; unwrapping them changes no text. */
const WRAPPER_TAGS = new Set(['div', 'section', 'article', 'main', 'span']);

function holdsOwnText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && child.nodeValue?.trim()) return true;
  }
  return false;
}

/**
 * Lifts the running paragraphs of `container` up to be its children (with the headings, lists and
 * figures around them) by unwrapping every wrapper that holds some of them, so that Readability
 * scores the container as their one parent. Wrappers without running text (share bars, boxes,
 * widgets) stay as they are, for Readability's clean-up to judge.
 */
export function flattenRunningText(container: Element): void {
  const paragraphs = [...runningParagraphs(container).keys()];
  const wrappers = new Set<Element>();
  for (const paragraph of paragraphs) {
    for (let node = paragraph.parentElement; node && node !== container; node = node.parentElement) {
      wrappers.add(node);
    }
  }
  for (const wrapper of wrappers) {
    if (!WRAPPER_TAGS.has(wrapper.localName) || holdsOwnText(wrapper)) continue;
    wrapper.replaceWith(...Array.from(wrapper.childNodes));
  }
}
