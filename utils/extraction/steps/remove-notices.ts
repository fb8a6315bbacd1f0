import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { matchShortBlocks, shortElementsOnce } from '../short-blocks';
import {
  AD_LABEL,
  COMMENT_FORM_TEXT,
  COPYRIGHT_LINE,
  PROMPT_TEXT,
  PROMPT_TOKEN,
  hasToken,
} from '../patterns';

const CONTROLS = 'input, button, select, a';

/** What each kind of notice looks like; the first rule that matches names the reason. */
export const NOTICE_RULES = [
  {
    reason: 'comment-form or anti-spam notice',
    maxLength: 400,
    matches: (_element: Element, text: string) => COMMENT_FORM_TEXT.test(text),
  },
  {
    reason: 'newsletter or cookie prompt',
    maxLength: 300,
    matches: (element: Element, text: string) =>
      PROMPT_TEXT.test(text) && element.querySelector(CONTROLS) !== null,
  },
  {
    reason: 'disclaimer or copyright line',
    maxLength: 300,
    matches: (_element: Element, text: string) => COPYRIGHT_LINE.test(text),
  },
  {
    reason: 'advertisement label',
    maxLength: 40,
    matches: (_element: Element, text: string) => AD_LABEL.test(text),
  },
  {
    reason: 'advertisement, newsletter or cookie box',
    maxLength: 300,
    matches: (element: Element) => hasToken(element, PROMPT_TOKEN),
  },
] as const;

export const NOTICE_MAX_LENGTH = Math.max(...NOTICE_RULES.map((rule) => rule.maxLength));

/** Step 5: drop anti-spam notices, newsletter and cookie prompts and advertisement slots. */
export const removeNotices: Step = {
  name: 'remove-notices',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    const collected = shortElementsOnce(context, body, NOTICE_MAX_LENGTH);
    for (const rule of NOTICE_RULES) {
      for (const element of matchShortBlocks(collected, rule)) {
        removeAndRecord(context, 'remove-notices', rule.reason, element);
      }
    }
  },
};
