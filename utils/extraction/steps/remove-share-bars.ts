import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { linkDensity } from '../dom';
import { matchShortBlocks, shortElementsOnce } from '../short-blocks';
import { SHARE_LEAD, SHARE_TOKEN, hasToken } from '../patterns';

/** Share bars are mostly links, buttons or icons; an article sentence starting "Share…" is not. */
function isMostlyControls(element: Element): boolean {
  return linkDensity(element) > 0.3 || element.querySelectorAll('a, button, svg, img, i').length >= 2;
}

/** Names of networks and share actions: a line of nothing else is a share bar. */
const SHARE_WORDS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'pinterest',
  'pin',
  'pint',
  'linkedin',
  'reddit',
  'tumblr',
  'email',
  'mail',
  'print',
  'share',
  'copy',
  'link',
  'messenger',
  'viber',
  'bluesky',
  'threads',
  'instagram',
  'youtube',
  'tiktok',
  'snapchat',
  'flipboard',
  'pocket',
  'sms',
  'فيسبوك',
  'تويتر',
  'واتساب',
  'تلغرام',
  'تيليجرام',
  'لينكدان',
  'انستغرام',
  'يوتيوب',
  'طباعه',
  'مشاركه',
  'نسخ',
  'الرابط',
]);

const WORD = /\p{L}+/gu;

/** At least two words and at most one that is not a share word; stops at the second that is not. */
function isOnlyShareWords(text: string): boolean {
  WORD.lastIndex = 0;
  let words = 0;
  let others = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    words++;
    if (!SHARE_WORDS.has(match[0]) && ++others > 1) return false;
  }
  return words >= 2;
}

/** "Follow Newsbeat on Instagram, Facebook and YouTube", "تابعونا على فيسبوك وتويتر". */
const FOLLOW_LEAD = /^(?:follow|join us|تابع|تابعوا|تابعونا|تابعنا|دنبال کنید|עקבו)/u;

function isFollowLine(text: string): boolean {
  if (text.length > 160 || !FOLLOW_LEAD.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => SHARE_WORDS.has(word)).length >= 2;
}

export function isShareBar(element: Element, text: string): boolean {
  if (isFollowLine(text)) return true;
  if (hasToken(element, SHARE_TOKEN)) return true;
  if (isOnlyShareWords(text) && element.querySelector('a, button') !== null) return true;
  return SHARE_LEAD.test(text) && isMostlyControls(element);
}

/** Step 6: drop share, social and "follow us" bars. */
export const removeShareBars: Step = {
  name: 'remove-share-bars',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    for (const element of matchShortBlocks(shortElementsOnce(context, body, 200), {
      maxLength: 200,
      matches: isShareBar,
    })) {
      removeAndRecord(context, 'remove-share-bars', 'share or follow bar', element);
    }
  },
};
