import { foldForMatching } from '../text/fold-arabic';

/**
 * The words of boilerplate, in the languages Qari reads. Every phrase is folded (case, tashkeel,
 * alef forms, ى/ي, ة/ه) the same way as the text it is matched against, so "اقرأ أيضاً", "اقرا ايضا"
 * and "إقرأ أيضا" are one phrase.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(phrases: readonly string[]): string {
  return phrases.map((phrase) => escapeRegExp(foldForMatching(phrase))).join('|');
}

/** Matches text that IS one of the phrases, give or take a count, a colon and punctuation. */
function wholePhrase(phrases: readonly string[]): RegExp {
  const count = '(?:[\\d\\u0660-\\u0669\\u06F0-\\u06F9]+|\\(\\s*[\\d\\u0660-\\u0669\\u06F0-\\u06F9]+\\s*\\))';
  return new RegExp(
    `^[\\s\\p{P}\\p{S}]*(?:${count}\\s*)?(?:${alternation(phrases)})(?:\\s*${count})?[\\s\\p{P}\\p{S}]*$`,
    'u',
  );
}

/** Matches text that begins with one of the phrases. */
function leadingPhrase(phrases: readonly string[]): RegExp {
  return new RegExp(`^[\\s\\p{P}\\p{S}]*(?:${alternation(phrases)})`, 'u');
}

/** Matches text that contains one of the phrases anywhere. */
function anyPhrase(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(phrases)})`, 'u');
}

/** Headings of comment sections and comment forms. */
export const COMMENT_HEADING = wholePhrase([
  'التعليقات',
  'تعليقات',
  'تعليق',
  'اترك تعليقاً',
  'اترك تعليقا',
  'أضف تعليقاً',
  'أضف تعليق',
  'اكتب تعليقك',
  'شاركنا رأيك',
  'آراء القراء',
  'تعليقات القراء',
  'إرسال تعليق',
  'اترك رداً',
  'Comments',
  'Comment',
  'Leave a Reply',
  'Leave a comment',
  'Leave a Reply Cancel reply',
  'Add a comment',
  'Post a comment',
  'Join the discussion',
  'Join the conversation',
  'Responses',
  'Reader comments',
  'What do you think?',
  'Discussion',
  'Commentaires',
  'Laisser un commentaire',
  'Kommentare',
  'نظرات',
  'نظر شما',
  'ارسال نظر',
  'دیدگاه',
  'دیدگاه‌ها',
  'תגובות',
  'הוסף תגובה',
  'כתוב תגובה',
  'تبصرے',
  'تبصرہ',
  'اپنی رائے دیں',
]);

/** Sentences that only comment forms and anti-spam notices say. */
export const COMMENT_FORM_TEXT = anyPhrase([
  'لن يتم نشر عنوان بريدك الإلكتروني',
  'الحقول الإلزامية مشار إليها',
  'هذا الموقع يستخدم خدمة أكيسميت',
  'للتقليل من البريد المزعجة',
  'كيفية التعامل مع بيانات التعليقات',
  'احفظ اسمي، بريدي الإلكتروني',
  'Your email address will not be published',
  'Required fields are marked',
  'This site uses Akismet',
  'Learn how your comment data is processed',
  'Save my name, email, and website',
  'You must be logged in to post a comment',
  'Comments are closed',
  'التعليقات مغلقة',
  'نشانی ایمیل شما منتشر نخواهد شد',
  'כתובת האימייל שלך לא תפורסם',
  'آپ کا ای میل پتہ شائع نہیں کیا جائے گا',
]);

/** Lead-ins of "related" link blocks. */
export const RELATED_LEAD = leadingPhrase([
  'اقرأ أيضاً',
  'اقرأ أيضا',
  'إقرأ أيضاً',
  'اقرأ ايضا',
  'شاهد أيضاً',
  'شاهد أيضا',
  'اقرأ المزيد',
  'مقالات ذات صلة',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'ذات صلة',
  'قد يهمك أيضاً',
  'قد يعجبك أيضاً',
  'المزيد من',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'اخترنا لك',
  'أخبار متعلقة',
  'مقالات مشابهة',
  'Related',
  'Read more',
  'Read also',
  'Also read',
  'See also',
  'You may also like',
  'You might also like',
  'More from',
  'More:',
  'Leggi anche',
  'Lee también',
  'Leia também',
  'Veja também',
  'Você pode gostar',
  'Você também pode gostar',
  'Talvez você goste',
  'Te puede interesar',
  'También te puede interesar',
  'Vous aimerez aussi',
  'Vous aimerez peut-être aussi',
  'Potrebbe interessarti',
  'Das könnte Sie auch interessieren',
  'Lesen Sie auch',
  'Voir aussi',
  'More articles from',
  'More articles by',
  'More by',
  'المزيد من مقالات',
  'More stories',
  'More on this',
  'More news',
  'Latest news',
  'Top stories',
  'Top video',
  'Most watched',
  'آخر الأخبار',
  'أحدث الأخبار',
  'الأكثر تداولاً',
  'Recommended',
  'Most read',
  'Most popular',
  'Trending',
  'Further reading',
  'See more',
  "Don't miss",
  'Do not miss',
  'Read next',
  'Must read',
  'Up next',
  'Tags',
  'Topics',
  'Related topics',
  'الوسوم',
  'وسوم',
  'كلمات مفتاحية',
  'Lire aussi',
  'À lire aussi',
  'مطالب مرتبط',
  'بیشتر بخوانید',
  'بخوانید',
  'כתבות נוספות',
  'עוד באתר',
  'קראו עוד',
  'مزید پڑھیں',
  'یہ بھی پڑھیں',
  'متعلقہ خبریں',
]);

/** Lead-ins of share and follow bars. */
export const SHARE_LEAD = leadingPhrase([
  'شارك',
  'شارك المقال',
  'شارك الخبر',
  'مشاركة',
  'تابعونا على',
  'تابعنا على',
  'تابعونا',
  'تابع آخر التطورات',
  'تابعوا آخر الأخبار',
  'تابعوا آخر التطورات',
  'Share',
  'Share this',
  'Share on',
  'Share this article',
  'Follow us',
  'Tweet',
  'اشتراک‌گذاری',
  'اشتراک گذاری',
  'به اشتراک بگذارید',
  'שתפו',
  'שתף',
  'שיתוף',
  'شیئر کریں',
  'Partager',
]);

/** Newsletter, cookie and subscription prompts. */
export const PROMPT_TEXT = anyPhrase([
  'اشترك في النشرة',
  'النشرة البريدية',
  'النشرة الإخبارية',
  'اشترك الآن',
  'سجل بريدك',
  'ملفات تعريف الارتباط',
  'ملفات الكوكيز',
  'سياسة الخصوصية وملفات',
  'Sign up for our newsletter',
  'Subscribe to our newsletter',
  'Get our newsletter',
  'newsletter',
  'We use cookies',
  'This website uses cookies',
  'uses cookies to',
  'accept cookies',
  'cookie policy',
  'Want more stories like this',
  'click here to get',
  'by clicking here',
  'get the app',
  'download the app',
  'download our app',
  'your inbox',
  'حمل تطبيق',
  'حمّل تطبيق',
  'Join our Telegram',
  'WhatsApp channel',
  'delivered to your inbox',
  'Subscribe to our',
  'عضویت در خبرنامه',
  'הירשמו לניוזלטר',
  'نیوز لیٹر',
]);

/** Controls of galleries, players and pages left behind as text: "Close", "Image 1 of 9". */
export const UI_LABEL = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${[
    'close',
    'caption',
    'hide caption',
    'toggle caption',
    'enlarge this image',
    'expand',
    'print',
    'email',
    'share',
    'next',
    'previous',
    'back to top',
    'skip',
    'loading',
    'updated',
    'image of /?',
    'image caption',
    'skip to content',
    'skip to main content',
    'this slideshow requires javascript',
    'advert',
    '\\d{1,2}',
    'play video',
    'advertisement',
    'report error',
    'report an error',
    'report a typo',
    'image \\d+ of /? ?\\d*',
    'photo \\d+ of \\d+',
    '\\d+ of \\d+',
    'اغلاق',
    'طباعه',
    'مشاركه',
  ].join('|')})[\\s\\p{P}\\p{S}]*$`,
  'u',
);

/** Credit lines of photos and videos: "Photo: AP", "Image: Getty", "الصورة: رويترز". */
export const CREDIT_LINE = leadingPhrase([
  'Photo:',
  'Image copyright',
  'Image caption',
  'Copyright',
  '©',
  'Photos:',
  'Photograph:',
  'Image:',
  'Images:',
  'Credit:',
  'Picture:',
  'Video:',
  'صورة:',
  'الصورة:',
  'تصوير:',
  'عکس:',
  'צילום:',
]);

const MONTH_AND_DAY_WORDS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'am',
  'pm',
  'gmt',
  'utc',
  'est',
  'edt',
  'cst',
  'cdt',
  'pst',
  'pdt',
  'bst',
  'cet',
  'at',
  'on',
  'updated',
  'published',
  'posted',
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين',
  'الاول',
  'الثاني',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'صباحا',
  'مساء',
  'ص',
  'م',
  'بتوقيت',
  'غرينتش',
  'مكه',
].map((word) => foldForMatching(word));
const DATE_WORDS = new Set(MONTH_AND_DAY_WORDS);

/** A line that is only a date or a time: "18 Nov 2019, 19:09", "19:11", "الجمعة 31 مايو 2024". */
export function isDateOnlyLine(folded: string): boolean {
  if (folded.length > 60 || !/[\d\u0660-\u0669\u06F0-\u06F9]/.test(folded)) return false;
  const words = folded.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => !DATE_WORDS.has(word)).length === 0;
}

/** Copyright, disclaimer and syndication lines that close an article page. */
export const COPYRIGHT_LINE = anyPhrase([
  'الآراء الواردة في',
  'affiliate links',
  'affiliate commission',
  'may earn a commission',
  'we may earn',
  'لا تعكس بالضرورة',
  'The views expressed',
  'do not necessarily reflect',
  'کد خبر',
  'رقم الخبر',
  'All rights reserved',
  'This document is subject to copyright',
  'This material may not be published',
  'may not be reproduced',
  'جميع الحقوق محفوظة',
  'كل الحقوق محفوظة',
  'כל הזכויות שמורות',
]);

/** A copyright mark with its year or holder: "©2019 Capitol Hill Publishing", "Copyright 2019 AP". */
export const COPYRIGHT_MARK = /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s+(?:©\s*)?(?:19|20)\d\d/u;

/** A publisher's address line: a telephone or fax number with its label ("202-628-8500 tel"). */
export const CONTACT_LINE =
  /(?:\b(?:tel|fax|phone|telephone)\b[^\d]{0,6}\+?[\d(][\d\s().-]{6,}\d|\d[\d\s().-]{6,}\d\s*(?:tel|fax)\b)/u;

/** A line that only says who wrote it or when: "By Jane Doe", "Updated 10:01 pm", "PUBLISHED: …". */
export const BYLINE_OR_DATE_LINE =
  /^(?:by\s+\p{L}[^.!?]{0,60}$|(?:written by|published|updated|posted|last updated|كتب|بقلم|نشر في|تاريخ النشر|اخر تحديث)(?:\s|:|$))/iu;

/** Labels of advertisement slots. */
export const AD_LABEL = wholePhrase([
  'إعلان',
  'اعلان',
  'إعلانات',
  'مساحة إعلانية',
  'محتوى إعلاني',
  'Advertisement',
  'Advertisements',
  'Ad',
  'Ads',
  'Advert',
  'Sponsored',
  'Sponsored content',
  'Publicité',
  'آگهی',
  'تبلیغات',
  'פרסומת',
  'اشتہار',
]);

/** Class and id words of comment containers (matched per token, see `tokensOf`). */
export const COMMENT_TOKEN =
  /^(?:comments?|comment-?(?:list|area|section|form|respond|thread|wrap|wrapper|container|block|box|s-area|s-section|s-wrapper|s-container|s-block|s-list)|commentlist|commentform|respond|reply-?form|disqus(?:_thread)?|dsq-.*|fb-comments|fb_comments|discussion|talkback)$/i;

/** Class and id words of share, social and follow bars. */
export const SHARE_TOKEN =
  /^(?:share|shares|sharing|share-?(?:bar|buttons?|links|tools|box|icons|this|post|article|wrap|wrapper|container)|social|social-?(?:share|links|icons|media|buttons|bar)|sharethis|addthis(?:_.*)?|a2a_kit|a2a|follow-?us|sharedaddy|jp-relatedposts|post-share|entry-share)$/i;

/** Class and id words of related-content blocks. */
export const RELATED_TOKEN =
  /^(?:related|related-?(?:posts?|articles?|news|stories|content|links|items)|read-?(?:also|more-?links)|more-?(?:stories|news|articles)|recommended|you-?may-?like|jp-relatedposts|yarpp.*|crp_related|outbrain|taboola|ob-widget)$/i;

/** Class and id words of prompts: newsletters, cookie banners, paywalls, ads. */
export const PROMPT_TOKEN =
  /^(?:.*newsletter.*|.*cookie-?(?:banner|notice|consent).*|subscribe|subscription|signup|cookie|cookies|cookie-?(?:banner|notice|consent|bar)|gdpr|consent|cmp|ad|ads|adv|advert|advertisement|ad-?(?:slot|unit|container|wrapper|label|box|banner)|banner-?ad|dfp|gpt-ad|sponsor|sponsored|promo|popup|modal)$/i;

/** The class and id words of an element, each matched whole against the token patterns. */
export function tokensOf(element: Element): string[] {
  return namesOf(element).split(/\s+/).filter(Boolean);
}

/** An element's id and class attribute in one string ('' when it has neither). */
function namesOf(element: Element): string {
  const id = element.getAttribute('id');
  const className = element.getAttribute('class');
  if (!id) return className ?? '';
  return className ? `${id} ${className}` : id;
}

/**
 * A token pattern without its `^…$` anchors, to test a whole id-and-class string at once: every
 * word is part of that string, so a word can match the pattern only if the string matches this.
 * Most elements' names match none, and are let go without splitting them into words.
 */
const unanchored = new WeakMap<RegExp, RegExp>();

function anywhereIn(pattern: RegExp): RegExp {
  let loose = unanchored.get(pattern);
  if (!loose) {
    const { source } = pattern;
    const start = source.startsWith('^') ? 1 : 0;
    // A trailing `\$` is a literal dollar sign, not an anchor.
    const end = source.endsWith('$') && !source.endsWith('\\$') ? source.length - 1 : source.length;
    loose = new RegExp(source.slice(start, end), pattern.flags.replace(/[gy]/g, ''));
    unanchored.set(pattern, loose);
  }
  return loose;
}

/** Whether any class or id word of an element matches a token pattern. */
export function hasToken(element: Element, pattern: RegExp): boolean {
  const names = namesOf(element);
  if (names === '' || !anywhereIn(pattern).test(names)) return false;
  return names.split(/\s+/).some((token) => token !== '' && pattern.test(token));
}
