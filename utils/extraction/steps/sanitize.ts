import type { Step } from '../context';
import { sanitizeArticle, sanitizeOwnedElement } from '../../sanitize/sanitize-article';
import type { SanitizerWindow } from '../../sanitize/sanitize-article';

/** The window whose DOM the sanitizer works in: the document's own, else the global one. */
function windowOf(document: Document): SanitizerWindow {
  const view = (document.defaultView ?? (globalThis as { window?: Window }).window) as
    SanitizerWindow | undefined;
  if (!view) throw new Error('No window to sanitize in: pass a document that has a defaultView.');
  return view;
}

/** Step 10: DOMPurify, through the project's one sanitizer module. */
export const sanitize: Step = {
  name: 'sanitize',
  run(context) {
    if (!context.content || context.content.nodeType !== 1) return;
    const window = windowOf(context.source);
    const content = context.content as Element;
    // Readability's result is a private copy, so it is sanitized in place; a root tag that
    // DOMPurify would drop takes the copying path.
    const owned = sanitizeOwnedElement(content, window);
    context.content = owned ?? sanitizeArticle(content, window);
  },
};
