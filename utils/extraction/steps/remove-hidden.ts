import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { callNative, readNative } from '../native';
import { elementsUnder } from '../dom';
import { isStreamedSegment } from './place-streamed';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/**
 * Whether an element is hidden by its own markup: the `hidden` attribute or an inline
 * `display: none` / `visibility: hidden`. This is what can be known without a layout engine
 * (Node, DOMParser documents); in the browser the live page's computed style is used instead.
 */
export function isHiddenByMarkup(element: Element): boolean {
  // The page's own elements: a form's methods may be its fields (`<input name=getAttribute>`).
  if (callNative<boolean>(element, 'hasAttribute', 'hidden')) return true;
  const style = callNative<string | null>(element, 'getAttribute', 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Step 2: drop what the page hides from its readers (collapsed menus, pop-ups, templates).
 * The check runs on the ORIGINAL elements, so a live-page checker can use computed style;
 * the clone's element list is in the same order as the source's until something is removed.
 */
export const removeHidden: Step = {
  name: 'remove-hidden',
  run(context) {
    const isHidden = context.options.isHidden ?? isHiddenByMarkup;
    // The page's real body: its markup may shadow `document.body` (`<img name="body">`).
    const sourceBody = readNative<HTMLElement | null>(context.source, 'body');
    const cloneBody = context.doc.body;
    if (!sourceBody || !cloneBody) return;
    // Static lists, not live collections: jsdom walks the tree again on every indexed access.
    const originals = elementsUnder(sourceBody);
    const clones = elementsUnder(cloneBody);
    if (originals.length !== clones.length) return;
    const hidden: Element[] = [];
    // A streamed segment is hidden only until the page's script moves it (see place-streamed.ts);
    // inside one, the live page's style says "hidden" of everything, so only markup is asked.
    let segment: Element | null = null;
    const placesSegments = !(context.options.disable ?? []).includes('place-streamed');
    for (let index = 0; index < clones.length; index++) {
      const original = originals[index];
      const clone = clones[index];
      if (!original || !clone) continue;
      // Computed style of every element is the slow part on enormous pages.
      if (index % 2048 === 0) context.checkBudget();
      // Descendants of a hidden element go with it; skip checking them.
      const last = hidden[hidden.length - 1];
      if (last?.contains(clone)) continue;
      if (segment && !segment.contains(original)) segment = null;
      if (!segment && placesSegments && isStreamedSegment(original)) {
        segment = original;
        continue;
      }
      if ((segment ? isHiddenByMarkup : isHidden)(original)) hidden.push(clone);
    }
    for (const element of hidden) {
      removeAndRecord(context, 'remove-hidden', 'hidden by the page', element);
    }
  },
};
