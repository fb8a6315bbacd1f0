/**
 * An independent check of comment leaks, for both systems alike: text that sits in the page's
 * comment markup (or says what only comment forms say) and reaches the output though the ground
 * truth does not have it. It does not use Qari's own rules, so Qari cannot grade itself.
 */
const COMMENT_MARKUP =
  '#comments, #respond, .comments, .comment-list, .commentlist, .comments-area, #disqus_thread, .fb-comments, [itemprop="comment"], [itemtype*="Comment"], [id^="comment-"], .comment-respond, #commentform';

const FORM_PHRASES = [
  /your email address will not be published/i,
  /required fields are marked/i,
  /this site uses akismet/i,
  /leave a reply/i,
  /you must be logged in to post a comment/i,
  /لن يتم نشر عنوان بريدك/,
  /اترك تعليق/,
];

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, size = 6): Set<string> {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const result = new Set<string>();
  for (let index = 0; index + size <= tokens.length; index++) {
    result.add(tokens.slice(index, index + size).join(' '));
  }
  return result;
}

/** Comment text of a page: the shingles of its comment markup that the ground truth lacks. */
export function commentShingles(document: Document, truth: string): Set<string> {
  const truthShingles = shingles(truth);
  const result = new Set<string>();
  for (const element of document.querySelectorAll(COMMENT_MARKUP)) {
    if (element.querySelector('h1, article, [itemprop="articleBody"]')) continue;
    for (const shingle of shingles(element.textContent ?? '')) {
      if (!truthShingles.has(shingle)) result.add(shingle);
    }
  }
  return result;
}

/** Whether an output leaks comments: 2+ comment shingles, or a comment-form sentence the truth lacks. */
export function leaksComments(output: string, comments: Set<string>, truth: string): boolean {
  if (FORM_PHRASES.some((phrase) => phrase.test(output) && !phrase.test(truth))) return true;
  if (comments.size === 0) return false;
  let hits = 0;
  for (const shingle of shingles(output)) {
    if (comments.has(shingle) && ++hits >= 2) return true;
  }
  return false;
}
