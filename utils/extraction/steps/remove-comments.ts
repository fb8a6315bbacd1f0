import type { PipelineContext, Step } from '../context';
import { removeAndRecord } from '../context';
import { declaresDiscussion } from '../detect';
import {
  HEADING_SELECTOR,
  elementsUnder,
  findAll,
  followingSiblings,
  hasClass,
  textLength,
  holdsArticle,
  outermost,
  paragraphTextOutside,
  sectionStartingAt,
} from '../dom';
import { COMMENT_HEADING, COMMENT_TOKEN, hasToken, tokensOf } from '../patterns';
import { foldForMatching } from '../../text/fold-arabic';

/** Comment systems and schema.org markup that always mean "reader comments". */
const COMMENT_IDS = new Set(['comments', 'respond', 'disqus_thread', 'commentform']);
const COMMENT_CLASSES = new Set([
  'comment-list',
  'commentlist',
  'fb-comments',
  'comments-area',
  'comment-respond',
]);

/** Comment markup: known ids and classes, schema.org comments, and comment-ish class words. */
export function isCommentMarkup(element: Element): boolean {
  if (COMMENT_IDS.has(element.id) || hasClass(element, COMMENT_CLASSES)) return true;
  if (element.getAttribute('itemprop') === 'comment') return true;
  const itemtype = element.getAttribute('itemtype');
  if (itemtype && /schema\.org\/(?:Comment|UserComments)\b/.test(itemtype)) return true;
  if (element.getAttribute('data-component') === 'comments') return true;
  return hasToken(element, COMMENT_TOKEN);
}

/**
 * A page whose paragraphs outside the comments come to less than this is a discussion (a forum
 * thread, a Q&A page): there the comments are the content and are kept.
 */
const MIN_ARTICLE_TEXT_OUTSIDE_COMMENTS = 400;

/**
 * Grows a comment section to the wrapper that holds little besides comments (a heading such as
 * "آراء الجماهير (4)" that no rule knows, a "load more" link), so no husk is left behind.
 */
function widenToCommentWrapper(section: Element, sections: readonly Element[]): Element {
  let node = section;
  for (let parent = node.parentElement; parent && !holdsArticle(parent); parent = parent.parentElement) {
    // The comment form ("أضف رأيك") belongs to the comments too.
    const parts = [...sections.filter((other) => parent.contains(other)), ...parent.querySelectorAll('form')];
    const commentText = outermost(parts).reduce((sum, part) => sum + textLength(part), 0);
    if (textLength(parent) - commentText > 80) break;
    node = parent;
  }
  return node;
}

/** The comment containers of a document, and the sections headed "Comments", "التعليقات"… */
export function findCommentSections(root: Element): Element[] {
  const found = findAll(root, isCommentMarkup);
  for (const heading of root.querySelectorAll(`${HEADING_SELECTOR}, legend`)) {
    const text = foldForMatching(heading.textContent ?? '');
    if (text.length > 60 || !COMMENT_HEADING.test(text)) continue;
    const section = sectionStartingAt(heading);
    found.push(section);
    // A heading that follows other content in its container heads the rest of that container.
    if (section === heading) found.push(...followingSiblings(heading));
  }
  const sections = outermost(found.filter((element) => !holdsArticle(element)));
  return outermost(sections.map((section) => widenToCommentWrapper(section, sections)));
}

/**
 * The comment sections that can go: none when the page is a discussion (the comments are what
 * the reader came for), the clean-up step asks the same question of Readability's result.
 */
export function removableCommentSections(
  root: Element,
  source: Document,
): { sections: Element[]; isDiscussion: boolean } {
  if (declaresDiscussion(source)) return { sections: [], isDiscussion: true };
  const sections = findCommentSections(root);
  if (sections.length === 0) return { sections, isDiscussion: false };
  if (
    paragraphTextOutside(root, sections) < MIN_ARTICLE_TEXT_OUTSIDE_COMMENTS ||
    holdsOpeningPost(root, sections)
  ) {
    return { sections: [], isDiscussion: true };
  }
  return { sections, isDiscussion: false };
}

/** Class or id words of a forum's opening post: `ThreadView-post`, `forum-post`… ("topic" is too common on news sites). */
const OPENING_POST_TOKEN = /^(?:thread|forum)(?:view|s)?$/i;
/** Whether a name could hold such a word at all (a cheap first test). */
const OPENING_POST_NAME = /thread|forum/i;

/**
 * Whether the text outside the comments sits in a forum's opening post: then the comments are
 * the thread's replies, the content the reader came for. Only an element with real paragraphs
 * counts, so a "forum" link in a sidebar does not turn an article into a discussion.
 */
function holdsOpeningPost(root: Element, sections: readonly Element[]): boolean {
  for (const element of elementsUnder(root)) {
    if (!element.id && !element.hasAttribute('class')) continue;
    // Most elements' names hold neither word: skip them before splitting names into words.
    if (!OPENING_POST_NAME.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`))
      continue;
    const words = tokensOf(element).flatMap((token) => token.split(/[-_]+/));
    if (!words.some((word) => OPENING_POST_TOKEN.test(word))) continue;
    if (sections.some((section) => section.contains(element) || element.contains(section))) continue;
    if (textLength(element) >= 300) return true;
  }
  return false;
}

function removeComments(context: PipelineContext): void {
  const body = context.doc.body;
  if (!body) return;
  const { sections, isDiscussion } = removableCommentSections(body, context.source);
  context.discussion = isDiscussion;
  if (isDiscussion) {
    context.removed.push({
      step: 'remove-comments',
      reason: 'kept: the discussion is the page content',
      text: '',
    });
  }
  for (const section of sections) {
    removeAndRecord(context, 'remove-comments', 'comment section', section);
  }
}

/** Step 3: drop reader comments and comment forms (WordPress, Disqus, Facebook, schema.org…). */
export const removeCommentsStep: Step = { name: 'remove-comments', run: removeComments };
