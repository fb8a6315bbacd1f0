import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { linkDensity } from '../dom';
import { findShortBlocks } from '../short-blocks';
import { SHARE_LEAD, SHARE_TOKEN, hasToken } from '../patterns';

/** Share bars are mostly links, buttons or icons; an article sentence starting "Share…" is not. */
function isMostlyControls(element: Element): boolean {
  return linkDensity(element) > 0.3 || element.querySelectorAll('a, button, svg, img, i').length >= 2;
}

export function isShareBar(element: Element, text: string): boolean {
  if (hasToken(element, SHARE_TOKEN)) return true;
  return SHARE_LEAD.test(text) && isMostlyControls(element);
}

/** Step 6: drop share, social and "follow us" bars. */
export const removeShareBars: Step = {
  name: 'remove-share-bars',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    for (const element of findShortBlocks(body, { maxLength: 200, matches: isShareBar })) {
      removeAndRecord(context, 'remove-share-bars', 'share or follow bar', element);
    }
  },
};
