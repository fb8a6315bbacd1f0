import type { Step } from '../context';
import { removeAndRecord } from '../context';
import {
  HEADING_SELECTOR,
  followingSiblings,
  holdsArticle,
  linkDensity,
  outermost,
  sectionStartingAt,
  textLength,
} from '../dom';
import { matchShortBlocks, shortElementsOnce } from '../short-blocks';
import { RELATED_LEAD, RELATED_TOKEN, hasToken } from '../patterns';
import { foldForMatching } from '../../text/fold-arabic';

/** "اقرأ أيضاً: <a>…</a>" inside the body, or a small box of links labelled "Related". */
export function isRelatedLinks(element: Element, text: string): boolean {
  // Link density costs a query; ask it only of elements the cheap tests picked.
  if (hasToken(element, RELATED_TOKEN)) return linkDensity(element) > 0.3;
  return RELATED_LEAD.test(text) && linkDensity(element) > 0.4;
}

/** Other posts shown whole (`<article>` after `<article>`), as "You may like" blocks do. */
function isOtherArticles(elements: readonly Element[]): boolean {
  const shown = elements.filter((element) => textLength(element) > 0);
  return shown.length > 0 && shown.every((element) => element.localName === 'article');
}

/**
 * Sections headed "Related", "اقرأ أيضاً", "مقالات ذات صلة"… that are mostly links, or other
 * articles. The label may be a heading, bold text or a paragraph of its own ("You may also like…").
 */
export function findRelatedSections(root: Element): Element[] {
  const found: Element[] = [];
  for (const heading of root.querySelectorAll(`${HEADING_SELECTOR}, strong, b, p`)) {
    // Raw length first: folding every paragraph of the page would cost more than the rule.
    if ((heading.textContent?.length ?? 0) > 200) continue;
    const text = foldForMatching(heading.textContent ?? '');
    if (text.length > 50 || !RELATED_LEAD.test(text)) continue;
    const section = sectionStartingAt(heading);
    if (section !== heading) {
      const items = Array.from(section.children).filter((child) => !child.contains(heading));
      if ((linkDensity(section) > 0.5 || isOtherArticles(items)) && !holdsArticle(section))
        found.push(section);
      continue;
    }
    // A heading that follows other content in its container heads the rest of that container.
    const rest = followingSiblings(heading);
    const linked = rest.reduce((sum, element) => sum + linkDensity(element) * textLength(element), 0);
    const total = rest.reduce((sum, element) => sum + textLength(element), 0);
    if (rest.some(holdsArticle)) continue;
    if ((total > 0 && linked / total > 0.5) || isOtherArticles(rest)) found.push(heading, ...rest);
  }
  return outermost(found);
}

/** Step 7: drop "related", "read also" and "more stories" link blocks. */
export const removeRelated: Step = {
  name: 'remove-related',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    for (const element of findRelatedSections(body)) {
      removeAndRecord(context, 'remove-related', 'related-links section', element);
    }
    for (const element of matchShortBlocks(shortElementsOnce(context, body, 300), {
      maxLength: 300,
      matches: isRelatedLinks,
    })) {
      removeAndRecord(context, 'remove-related', 'related or read-also links', element);
    }
  },
};
