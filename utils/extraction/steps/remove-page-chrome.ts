import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { findAll, holdsArticle, linkDensity, outermost } from '../dom';

const CHROME_TAGS = new Set(['NAV', 'ASIDE']);
const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'search',
  'menu',
  'menubar',
  'contentinfo',
]);

/** Navigation, sidebars and the page banner, by their own markup (tags and ARIA roles). */
function isPageChrome(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  // A <header> inside an article or post is that post's header (author, date, standfirst);
  // only the page's own header, mostly links, is chrome.
  if (tag === 'HEADER') return !element.closest('article, main') && linkDensity(element) > 0.5;
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
