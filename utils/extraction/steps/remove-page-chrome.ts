import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { findAll, holdsArticle, outermost } from '../dom';

const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'HEADER']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'banner', 'search']);

/** Navigation, sidebars and the page banner, by their own markup (tags and ARIA roles). */
function isPageChrome(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.trim().toLowerCase());
}

/**
 * Step 3: drop the page's navigation, sidebars and banner, as the page marks them. Readability
 * removes `<aside>` from inside the article, but a sidebar that sits beside the article can be
 * appended to it as a "sibling" with its most-read lists and tables. A `<header>` that holds the
 * headline, or anything that holds the article, stays.
 */
export const removePageChrome: Step = {
  name: 'remove-page-chrome',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    for (const element of outermost(
      findAll(body, isPageChrome).filter((element) => !holdsArticle(element)),
    )) {
      removeAndRecord(context, 'remove-page-chrome', `page ${element.tagName.toLowerCase()}`, element);
    }
  },
};
