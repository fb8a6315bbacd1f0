import type { PipelineContext, Step } from '../context';
import { removeAndRecord } from '../context';
import { elementsUnder, linkDensity, textLength } from '../dom';
import { collectShortElements, matchShortBlocks, measureTextLengths } from '../short-blocks';
import { findRelatedSections, isRelatedLinks } from './remove-related';
import { isShareBar } from './remove-share-bars';
import { NOTICE_MAX_LENGTH, NOTICE_RULES } from './remove-notices';
import { removableCommentSections } from './remove-comments';
import {
  AD_LABEL,
  BYLINE_OR_DATE_LINE,
  CREDIT_LINE,
  isDateOnlyLine,
  COMMENT_FORM_TEXT,
  COMMENT_HEADING,
  COPYRIGHT_LINE,
  COPYRIGHT_MARK,
  CONTACT_LINE,
  RELATED_LEAD,
  SHARE_LEAD,
  UI_LABEL,
} from '../patterns';
import { foldForMatching } from '../../text/fold-arabic';
import { flatText } from '../../text/block-text';
import { headlineOf, siteNameOf } from '../metadata';

const MEDIA = 'img, picture, video, audio, iframe, embed, object, svg, math, table, hr';
const MEDIA_TAGS = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'EMBED',
  'OBJECT',
  'SVG',
  'MATH',
  'TABLE',
  'HR',
  'BR',
]);
const WRAPPER_TAGS = new Set([
  'DIV',
  'SPAN',
  'SECTION',
  'P',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'STRONG',
  'EM',
  'B',
  'I',
  'A',
]);
const LABEL_TAGS = new Set(['P', 'DIV', 'SPAN', 'LI', 'A', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Lines that end a post in many CMSs and are not the article: tags, "share", "comments", strays. */
const TAGS_LINE =
  /^(?:الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|tags|tagged|filed under|topics|برچسب‌ها|برچسب ها|תגיות|ٹیگز)\s*[:：]/u;
const STRAY = /^[\s\p{P}\p{S}]*(?:processed|\*|•|\|)?[\s\p{P}\p{S}]*$/u;

function isTrailingBoilerplate(element: Element): boolean {
  const text = foldForMatching(element.textContent ?? '');
  if (element.querySelector(MEDIA) || element.matches(MEDIA)) return false;
  if (STRAY.test(text) || UI_LABEL.test(text) || isDateOnlyLine(text)) return true;
  if (text.length <= 80 && (COMMENT_HEADING.test(text) || AD_LABEL.test(text))) return true;
  if (text.length <= 80 && (SHARE_LEAD.test(text) || RELATED_LEAD.test(text))) return true;
  if (text.length <= 400 && COMMENT_FORM_TEXT.test(text)) return true;
  if (text.length <= 300 && (COPYRIGHT_LINE.test(text) || COPYRIGHT_MARK.test(text))) return true;
  if (text.length <= 200 && CONTACT_LINE.test(text)) return true;
  return text.length <= 300 && TAGS_LINE.test(text);
}

/** Block tags whose innermost instances are the "lines" of an article. */
const LINE_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HEADER',
  'SPAN',
  'TIME',
  'ADDRESS',
]);

/** The first few innermost blocks of the body, in reading order. */
function leadingLines(root: Element, count: number, lengths: Map<Element, number>): Element[] {
  const lines: Element[] = [];
  const hasText = (element: Element): boolean => (lengths.get(element) ?? 0) > 0;
  for (const element of elementsUnder(root)) {
    if (!LINE_TAGS.has(element.tagName.toUpperCase()) || !hasText(element) || !root.contains(element))
      continue;
    if (
      Array.from(element.children).some(
        (child) => LINE_TAGS.has(child.tagName.toUpperCase()) && hasText(child),
      )
    )
      continue;
    lines.push(element);
    if (lines.length >= count) break;
  }
  return lines;
}

/** A line that is only a web address: the page's own, printed by a share or print widget. */
const BARE_ADDRESS = /^https?:\/\/\S+$/u;
/** A kicker above the story that labels it rather than says anything ("Breaking news", "عاجل"). */
const LEADING_LABEL = /^[\s\p{P}\p{S}]*(?:breaking news|breaking|عاجل|خبر عاجل)[\s\p{P}\p{S}]*$/u;

/**
 * Bylines and datelines at the top of the body ("By Jane Doe", "Updated 10:01 pm"): the reader view
 * shows them in its header, from the metadata.
 */
function removeLeadingBylines(context: PipelineContext, root: Element, lengths: Map<Element, number>): void {
  const byline = foldForMatching(context.parsed?.byline ?? '');
  for (const line of leadingLines(root, 6, lengths)) {
    const text = foldForMatching(line.textContent ?? '');
    if (text.length > 120 || line.querySelector(MEDIA)) continue;
    if (BYLINE_OR_DATE_LINE.test(text) || isDateOnlyLine(text) || (byline.length > 3 && text === byline)) {
      removeAndRecord(context, 'clean-up', 'byline or dateline', line);
    } else if (BARE_ADDRESS.test(text) || LEADING_LABEL.test(text)) {
      removeAndRecord(context, 'clean-up', 'page address or label above the story', line);
    }
  }
}

/** Lines that are only a control's label ("Close", "Image 1 of 9"), anywhere in the body. */
function removeControlLabels(context: PipelineContext, root: Element, lengths: Map<Element, number>): void {
  // One walk measured every element; only the short ones still in the body are read and matched.
  for (const [element, length] of lengths) {
    if (length > 120 || length === 0 || element === root || !LABEL_TAGS.has(element.tagName.toUpperCase()))
      continue;
    const text = foldForMatching(element.textContent ?? '');
    const reason = UI_LABEL.test(text) ? 'control label' : CREDIT_LINE.test(text) ? 'photo credit' : null;
    // The cheap text tests first; the tree is asked only about the few lines that match.
    if (!reason || !root.contains(element) || element.querySelector(MEDIA) || element.closest('table'))
      continue;
    removeAndRecord(context, 'clean-up', reason, element);
  }
}

/**
 * Lists of short links (menus, section indexes, tag clouds) that Readability kept with the body:
 * three or more items, nearly all link text, a few words each.
 */
function removeLinkLists(context: PipelineContext, root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol, nav'))) {
    // The body is a detached tree: ask it, not the document, whether the list is still there.
    if (!root.contains(list)) continue;
    const items =
      list.tagName.toUpperCase() === 'NAV'
        ? list.querySelectorAll('a')
        : Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI');
    if (items.length < 3) continue;
    const average = textLength(list) / items.length;
    if (average < 40 && linkDensity(list) >= 0.8)
      removeAndRecord(context, 'clean-up', 'list of short links', list);
  }
}

/** The deepest last element child: where trailing boilerplate sits. */
/** Blocks that can be a body's last line on their own (not spans or times inside a sentence). */
const LAST_LINE_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'SECTION',
  'FOOTER',
  'ADDRESS',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

function hasTextAfter(node: Element): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === 3 && next.nodeValue?.trim()) return true;
  }
  return false;
}

/**
 * Whether `child` holds all of its parent's text: every other node beside it is white space. (The
 * same answer as comparing the two collapsed text lengths, without reading the whole parent: the
 * first sibling with a letter settles it, and the one before the last child usually has one.)
 */
function holdsAllTextOf(parent: Element, child: Element): boolean {
  for (let node = parent.lastChild; node; node = node.previousSibling) {
    // Text and elements only: a comment's text is not the element's (`textContent` skips it).
    const holdsText = node.nodeType === 3 || node.nodeType === 1 || node.nodeType === 4;
    if (node !== child && holdsText && /\S/.test(node.textContent ?? '')) return false;
  }
  return true;
}

/**
 * The innermost block that holds the body's last line: down through the last child while it holds
 * all of its parent's text, or is a block with nothing after it (the last paragraph of a wrapper).
 */
function lastLeafBlock(root: Element): Element | null {
  let node = root.lastElementChild;
  for (let child = node?.lastElementChild; node && child; child = node.lastElementChild) {
    const isLastLine = LAST_LINE_TAGS.has(child.tagName.toUpperCase()) && !hasTextAfter(child);
    if (!isLastLine && !holdsAllTextOf(node, child)) break;
    node = child;
  }
  return node;
}

/**
 * Comment sections still in the body. Whether the page is a discussion was decided on the whole
 * page, before Readability turned its divs into paragraphs; the same answer holds here.
 */
function leftoverComments(context: PipelineContext, root: Element): Element[] {
  if (context.discussion) return [];
  const { sections, isDiscussion } = removableCommentSections(root, context.source);
  return context.discussion === false || !isDiscussion ? sections : [];
}

function removeLeftoverFurniture(
  context: PipelineContext,
  root: Element,
  lengths: Map<Element, number>,
): void {
  const collected = collectShortElements(root, Math.max(NOTICE_MAX_LENGTH, 300), lengths);
  const leftovers: [string, Element][] = [
    ...leftoverComments(context, root).map(
      (element) => ['comment section left in the body', element] as [string, Element],
    ),
    ...findRelatedSections(root).map(
      (element) => ['related-links section left in the body', element] as [string, Element],
    ),
    ...matchShortBlocks(collected, { maxLength: 300, matches: isRelatedLinks }).map(
      (element) => ['related links left in the body', element] as [string, Element],
    ),
    ...matchShortBlocks(collected, { maxLength: 200, matches: isShareBar }).map(
      (element) => ['share bar left in the body', element] as [string, Element],
    ),
    ...NOTICE_RULES.flatMap((rule) =>
      matchShortBlocks(collected, rule).map(
        (element) => [`${rule.reason} left in the body`, element] as [string, Element],
      ),
    ),
  ];
  for (const [reason, element] of leftovers) {
    if (element !== root) removeAndRecord(context, 'clean-up', reason, element);
  }
}

function removeTrailingBoilerplate(context: PipelineContext, root: Element): void {
  for (let guard = 0; guard < 50; guard++) {
    const last = lastLeafBlock(root);
    if (!last || last === root || !isTrailingBoilerplate(last)) return;
    removeAndRecord(context, 'clean-up', 'trailing boilerplate', last);
  }
}

/** The reader view shows the headline above the body; the page's own copy of it would repeat it. */
function removeRepeatedHeadline(context: PipelineContext, root: Element): void {
  const headline = headlineOf(
    context.source,
    context.parsed?.title ?? '',
    siteNameOf(context.source, context.parsed),
  );
  if (!headline) return;
  const first = root.querySelector('h1, h2, h3');
  if (!first || flatText(first) !== headline) return;
  // Only a heading that opens the body: one further down is a section title that happens to match.
  const before = flatText(root).indexOf(headline);
  if (before >= 0 && before < 200)
    removeAndRecord(context, 'clean-up', 'headline repeated in the body', first);
}

function removeEmptyWrappers(context: PipelineContext, root: Element): void {
  let removed = 0;
  // Bottom-up in one walk: an element has content when it has text, media, or a child that does.
  const hasContent = (element: Element): boolean => {
    let content = MEDIA_TAGS.has(element.tagName.toUpperCase());
    for (let child = element.firstChild; child;) {
      const next = child.nextSibling;
      if (child.nodeType === 3) content ||= (child.nodeValue ?? '').trim() !== '';
      else if (child.nodeType === 1) content = hasContent(child as Element) || content;
      child = next;
    }
    if (!content && element !== root && WRAPPER_TAGS.has(element.tagName.toUpperCase())) {
      element.remove();
      removed++;
    }
    return content;
  };
  hasContent(root);
  if (removed) context.removed.push({ step: 'clean-up', reason: `${removed} empty wrappers`, text: '' });
}

/** Step 9: tidy what Readability kept: leftover furniture, trailing boilerplate, empty wrappers. */
export const cleanUp: Step = {
  name: 'clean-up',
  run(context) {
    const root = context.content;
    if (!root || root.nodeType !== 1) return;
    const element = root as Element;
    // Measured once: removals only make these lengths over-estimates, which every rule tolerates.
    const lengths = measureTextLengths(element);
    removeLeftoverFurniture(context, element, lengths);
    removeLinkLists(context, element);
    removeControlLabels(context, element, lengths);
    removeTrailingBoilerplate(context, element);
    removeRepeatedHeadline(context, element);
    removeLeadingBylines(context, element, lengths);
    removeEmptyWrappers(context, element);
  },
};
