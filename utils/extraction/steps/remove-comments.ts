import type { PipelineContext, Step } from '../context';
import { removeAndRecord } from '../context';
import { HEADING_SELECTOR, holdsArticle, outermost, paragraphTextOutside, sectionStartingAt } from '../dom';
import { COMMENT_HEADING, COMMENT_TOKEN, hasToken } from '../patterns';
import { foldForMatching } from '../../text/fold-arabic';

/** Comment systems and schema.org markup that always mean "reader comments". */
const COMMENT_SELECTOR = [
  '#comments', '#respond', '.comment-list', '.commentlist', '#disqus_thread', '.fb-comments',
  '[itemprop="comment"]', '[itemtype*="schema.org/Comment"]', '[itemtype*="schema.org/UserComments"]',
  '.comments-area', '.comment-respond', '#commentform', '[data-component="comments"]',
].join(', ');

/**
 * A page whose paragraphs outside the comments come to less than this is a discussion (a forum
 * thread, a Q&A page): there the comments are the content and are kept.
 */
const MIN_ARTICLE_TEXT_OUTSIDE_COMMENTS = 400;

/** The comment containers of a document, and the sections headed "Comments", "التعليقات"… */
export function findCommentSections(root: Element): Element[] {
  const found: Element[] = [...root.querySelectorAll(COMMENT_SELECTOR)];
  for (const element of root.querySelectorAll('[id], [class]')) {
    if (hasToken(element, COMMENT_TOKEN)) found.push(element);
  }
  for (const heading of root.querySelectorAll(`${HEADING_SELECTOR}, legend`)) {
    const text = foldForMatching(heading.textContent ?? '');
    if (text.length > 60 || !COMMENT_HEADING.test(text)) continue;
    const section = sectionStartingAt(heading);
    found.push(section);
    // A heading that follows other content in its container heads the rest of that container.
    if (section === heading) {
      for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) found.push(next);
    }
  }
  return outermost(found.filter((element) => !holdsArticle(element)));
}

function removeComments(context: PipelineContext): void {
  const body = context.doc.body;
  if (!body) return;
  const sections = findCommentSections(body);
  if (sections.length === 0) return;
  if (paragraphTextOutside(body, sections) < MIN_ARTICLE_TEXT_OUTSIDE_COMMENTS) {
    context.removed.push({
      step: 'remove-comments',
      reason: 'kept: the discussion is the page content',
      text: '',
    });
    return;
  }
  for (const section of sections) {
    removeAndRecord(context, 'remove-comments', 'comment section', section);
  }
}

/** Step 3: drop reader comments and comment forms (WordPress, Disqus, Facebook, schema.org…). */
export const removeCommentsStep: Step = { name: 'remove-comments', run: removeComments };
