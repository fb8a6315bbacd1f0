import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import type { StepName } from '../../../utils/extraction';
import { page, parseHtml } from '../../helpers/parse-html';

const PARAGRAPHS = Array.from(
  { length: 5 },
  (_, index) =>
    `<p>المقطع ${index + 1}: قالت الحكومة في بيان رسمي إن الخطة الجديدة تهدف إلى خفض معدلات البطالة، وتحسين الخدمات العامة، ودعم المشاريع الصغيرة في المحافظات الأكثر فقراً خلال السنوات الثلاث المقبلة.</p>`,
).join('');

function extractWith(furniture: string, placement: 'inside' | 'after' = 'after') {
  const body =
    placement === 'inside'
      ? `<article><h1>عنوان الخبر</h1>${PARAGRAPHS.replace('</p><p>المقطع 3', `</p>${furniture}<p>المقطع 3`)}</article>`
      : `<article><h1>عنوان الخبر</h1>${PARAGRAPHS}</article>${furniture}`;
  return extractArticle(parseHtml(page(body, { lang: 'ar', dir: 'rtl' })));
}

/** [what, markup, placement, text that must go, the step that should take it] */
const CASES: [string, string, 'inside' | 'after', string, StepName][] = [
  [
    'Arabic comment form',
    '<form><p>لن يتم نشر عنوان بريدك الإلكتروني.</p><textarea></textarea><input type="email"></form>',
    'after',
    'لن يتم نشر',
    'remove-forms',
  ],
  [
    'Akismet notice (Arabic)',
    '<p class="akismet_comment_form_privacy_notice">هذا الموقع يستخدم خدمة أكيسميت للتقليل من البريد المزعجة. اعرف المزيد عن كيفية التعامل مع بيانات التعليقات الخاصة بك processed.</p>',
    'after',
    'أكيسميت',
    'remove-notices',
  ],
  [
    'Akismet notice (English)',
    '<p>This site uses Akismet to reduce spam. Learn how your comment data is processed.</p>',
    'after',
    'Akismet',
    'remove-notices',
  ],
  [
    'newsletter box',
    '<div class="box"><h4>اشترك في النشرة البريدية</h4><input type="email"><button>اشترك</button></div>',
    'after',
    'النشرة البريدية',
    'remove-notices',
  ],
  [
    'cookie banner',
    '<div id="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p><button>موافق</button></div>',
    'after',
    'ملفات تعريف الارتباط',
    'remove-notices',
  ],
  ['ad label', '<div><span>إعلان</span><div class="slot"></div></div>', 'inside', 'إعلان', 'remove-notices'],
  [
    'share bar by class',
    '<div class="share-buttons"><a href="#">فيسبوك</a><a href="#">تويتر</a></div>',
    'after',
    'فيسبوك',
    'remove-share-bars',
  ],
  [
    'follow-us bar by text',
    '<div><span>تابعونا على</span> <a href="#">تلغرام</a> <a href="#">يوتيوب</a></div>',
    'after',
    'تلغرام',
    'remove-share-bars',
  ],
  [
    'inline اقرأ أيضاً',
    '<p><strong>اقرأ أيضاً:</strong> <a href="/x">الحكومة تعلن موازنة العام المقبل وسط انتقادات</a></p>',
    'inside',
    'موازنة العام المقبل',
    'remove-related',
  ],
  [
    'related section',
    '<section><h3>مقالات ذات صلة</h3><ul><li><a href="/a">خبر أول عن الاقتصاد المحلي</a></li><li><a href="/b">خبر ثان عن الأسواق</a></li></ul></section>',
    'after',
    'خبر ثان عن الأسواق',
    'remove-related',
  ],
  [
    'Read more links',
    '<div><h4>Read more</h4><a href="/a">Markets slide as oil prices surge</a></div>',
    'after',
    'Markets slide',
    'remove-related',
  ],
  [
    '"More News from <section>" heading over columns of links',
    '<div><h3><a href="/sci-tech">More News from Sci-Tech</a></h3><div><a href="/a">Climate impacts to cost world trillions by 2050</a></div><div><a href="/b">Toxic algae and bad policy threaten fresh water</a></div></div>',
    'after',
    'Toxic algae',
    'remove-related',
  ],
  [
    '"Top Video" list',
    '<div><h3>Top Video</h3><ul><li><a href="/v1">Smudge, a salad-hating cat, becomes a viral meme</a></li><li><a href="/v2">Protesters trapped in the university</a></li></ul></div>',
    'after',
    'salad-hating cat',
    'remove-related',
  ],
  [
    'آخر الأخبار',
    '<section><h3>آخر الأخبار</h3><ul><li><a href="/a">ارتفاع أسعار الذهب في الأسواق المحلية</a></li><li><a href="/b">افتتاح معرض الكتاب الدولي</a></li></ul></section>',
    'after',
    'معرض الكتاب الدولي',
    'remove-related',
  ],
  [
    '"Você pode gostar…" over other posts shown whole',
    '<section><h3>Você pode gostar...</h3><article><p>A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, todos os dias.</p></article><article><p>O que une uma família é o amor, o carinho, o querer bem, e a certeza de apoio em cada novo dia.</p></article></section>',
    'after',
    'O que une uma família',
    'remove-related',
  ],
  [
    'hidden popup',
    '<div style="display: none"><p>نافذة منبثقة مخفية لا يراها القارئ أبداً</p></div>',
    'inside',
    'نافذة منبثقة',
    'remove-hidden',
  ],
  [
    'hidden attribute',
    '<p hidden>نص مخفي بالسمة hidden لا يظهر للقارئ</p>',
    'inside',
    'نص مخفي',
    'remove-hidden',
  ],
];

describe('removal steps', () => {
  it.each(CASES)('%s: removed by its step, the article stays', (_name, markup, placement, gone, step) => {
    const article = extractWith(markup, placement);
    expect(article.text).toContain('المقطع 1');
    expect(article.text).toContain('المقطع 5');
    expect(article.text).not.toContain(gone);
    expect(article.removed.map((removal) => removal.step)).toContain(step);
  });

  it.each([
    [
      'a sentence that begins with شارك',
      '<p>شارك آلاف المتظاهرين في مسيرة سلمية وسط العاصمة للمطالبة بإصلاحات اقتصادية عاجلة.</p>',
      'شارك آلاف',
    ],
    [
      'a sentence that mentions the newsletter',
      '<p>وأعلنت الوزارة أنها ستنشر النتائج في النشرة البريدية الرسمية الشهر المقبل بعد مراجعتها.</p>',
      'النشرة البريدية الرسمية',
    ],
    [
      'a paragraph starting with Related',
      '<p>Related to the budget, the minister said that spending on schools would rise by a tenth next year.</p>',
      'spending on schools',
    ],
  ])('keeps %s', (_name, markup, kept) => {
    expect(extractWith(markup, 'inside').text).toContain(kept);
  });

  it('drops a "You may also like…" paragraph and the link paragraphs after it, at the end of the body', () => {
    const related =
      '<p>You may also like...</p><p><a href="/a">Who will make the Hall of Fame in 2020?</a></p><div class="ad"></div><p><a href="/b">Fans really want the band in the Hall</a></p>';
    const body = `<article><h1>عنوان الخبر</h1><div class="article-body">${PARAGRAPHS}${related}</div></article>`;
    const article = extractArticle(parseHtml(page(body, { lang: 'ar', dir: 'rtl' })));
    expect(article.text).toContain('المقطع 5');
    expect(article.text).not.toContain('You may also like');
    expect(article.text).not.toContain('Fans really want');
  });

  it('uses the given visibility checker on the original elements', () => {
    const body = `<article><h1>عنوان</h1>${PARAGRAPHS}<p class="collapsed">فقرة تخفيها أنماط الصفحة</p></article>`;
    const document = parseHtml(page(body));
    const article = extractArticle(document, {
      isHidden: (element) => element.classList.contains('collapsed'),
    });
    expect(article.text).not.toContain('تخفيها أنماط');
    expect(article.text).toContain('المقطع 5');
  });

  it('keeps a form that wraps the whole page (ASP.NET)', () => {
    const body = `<form id="aspnetForm"><input type="text" name="q"><article><h1>عنوان الخبر</h1>${PARAGRAPHS}</article></form>`;
    const article = extractArticle(parseHtml(page(body, { lang: 'ar' })));
    expect(article.text).toContain('المقطع 4');
  });
});
