import type { Step } from '../context';
import { sanitizeArticle } from '../../sanitize/sanitize-article';
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
    context.content = sanitizeArticle(context.content as Element, windowOf(context.source));
  },
};
