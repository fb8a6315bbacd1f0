import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import { page, parseHtml } from '../../helpers/parse-html';

const ARTICLE = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>الفقرة ${index + 1}: أكد وزير الخارجية خلال مؤتمر صحفي مشترك أن العلاقات بين البلدين تشهد تقدماً واضحاً، وأن التنسيق متواصل في مجال الأمن والحدود، لا سيما في ملاحقة بقايا التنظيم ومنع عودته إلى المنطقة.</p>`,
).join('');

const COMMENT = 'تعليق القارئ الأول: هذا كلام لا يصدقه أحد';

/** Comment markup of the systems Qari must recognise, each holding the same reader comment. */
const COMMENT_SYSTEMS: [string, string][] = [
  [
    'WordPress #comments',
    `<div id="comments"><h3>2 تعليقات</h3><ol class="comment-list"><li><p>${COMMENT}</p></li></ol></div>`,
  ],
  ['WordPress .comment-list alone', `<ol class="comment-list"><li><p>${COMMENT}</p></li></ol>`],
  ['Disqus', `<div id="disqus_thread"><p>${COMMENT}</p></div>`],
  ['Facebook comments', `<div class="fb-comments" data-href="https://x.example"><p>${COMMENT}</p></div>`],
  [
    'schema.org itemprop',
    `<div><article itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>${COMMENT}</p></article></div>`,
  ],
  ['section headed التعليقات', `<section><h2>التعليقات</h2><div><p>${COMMENT}</p></div></section>`],
  ['section headed أضف تعليقاً', `<div><h3>أضف تعليقاً</h3><p>${COMMENT}</p></div>`],
  ['section headed Leave a Reply', `<div><h3>Leave a Reply</h3><p>${COMMENT}</p></div>`],
  ['section headed Comments (12)', `<div><h4>Comments (12)</h4><p>${COMMENT}</p></div>`],
  ['heading after other content', `<div><p>تذييل قصير</p><h3>تعليقات القراء</h3><p>${COMMENT}</p></div>`],
  ['Persian نظرات', `<div><h3>نظرات</h3><p>${COMMENT}</p></div>`],
  ['Hebrew תגובות', `<div><h3>תגובות</h3><p>${COMMENT}</p></div>`],
];

describe('remove-comments', () => {
  it.each(COMMENT_SYSTEMS)('drops %s and keeps the article', (_name, comments) => {
    const document = parseHtml(
      page(`<article><h1>عنوان الخبر</h1>${ARTICLE}</article>${comments}`, { lang: 'ar', dir: 'rtl' }),
    );
    const article = extractArticle(document);
    expect(article.text).toContain('الفقرة 6');
    expect(article.text).not.toContain('تعليق القارئ الأول');
    expect(article.removed.some((removal) => removal.step === 'remove-comments')).toBe(true);
  });

  it('keeps a discussion page whose comments are the content', () => {
    const posts = Array.from(
      { length: 8 },
      (_, index) =>
        `<li class="comment"><p>المشاركة ${index + 1}: أعتقد أن الحل يكمن في تحديث برنامج التشغيل أولاً، ثم إعادة تشغيل الجهاز، وإن لم ينجح ذلك فجرّب إعادة التثبيت من جديد.</p></li>`,
    ).join('');
    const document = parseHtml(
      page(`<h1>مشكلة في الطابعة</h1><ol class="comment-list">${posts}</ol>`, { lang: 'ar' }),
    );
    const article = extractArticle(document);
    expect(article.text).toContain('المشاركة 5');
  });

  it('can be switched off', () => {
    const document = parseHtml(
      page(`<article><h1>عنوان</h1>${ARTICLE}</article><div id="comments"><p>${COMMENT}</p></div>`),
    );
    const article = extractArticle(document, { disable: ['remove-comments'] });
    expect(article.removed.some((removal) => removal.step === 'remove-comments')).toBe(false);
  });
});
