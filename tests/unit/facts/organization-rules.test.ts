/**
 * Organisation rules added for recall (issue 4): clubs named by a team role and their later bare
 * mentions, news outlets the story cites in «…», and no construct after a definite trigger.
 * Each FOUND and NOT_FOUND row failed before its rule; GUARDS held before and must still hold.
 */
import { describe, expect, it } from 'vitest';
import { factPairsOf as factsOf } from '../../helpers/key-facts';

const MATCH_REPORT =
  '<p>توّج نادي الصقور بلقب الكأس بعد فوزه على الاتحاد البحري.</p>' +
  '<p>وبدأ البحري اللقاء بقوة قبل أن يعادل الصقور في الدقيقة 34.</p>' +
  '<p>واعترف مدرب البحري بأن فريقه دفع ثمن الأخطاء، فيما احتفل لاعبو الصقور حتى الفجر.</p>';

/** [what, html, lang, the organisation that must be found] */
const FOUND: [string, string, string, string][] = [
  ['a club named by "مدرب"', '<p>واعترف مدرب البحري بأن فريقه دفع ثمن الأخطاء.</p>', 'ar', 'البحري'],
  ['a club named by "لاعبو"', '<p>واحتفل لاعبو الصقور حتى الفجر.</p>', 'ar', 'الصقور'],
  ['a club’s bare mention after "نادي" named it', MATCH_REPORT, 'ar', 'الصقور'],
  ['a club’s bare mention before a team role names it', MATCH_REPORT, 'ar', 'البحري'],
  [
    'a club behind a particle',
    '<p>احتفل لاعبو الصقور.</p><p>الاستحواذ: 54% للبحري مقابل 46% والصقور.</p>',
    'ar',
    'والصقور',
  ],
  [
    'an outlet that saw a document',
    '<p>وجاء في الوثيقة التي اطّلعت عليها «صوت الخليج» ما يلي.</p>',
    'ar',
    'صوت الخليج',
  ],
  [
    'an outlet that met people',
    '<p>الصيادون الذين التقتهم «أخبار الساحل» أبدوا قلقهم.</p>',
    'ar',
    'أخبار الساحل',
  ],
  [
    'an outlet a source spoke to',
    '<p>وقال مسؤول لـ«الشرق الأوسط» إن الاتفاق قريب.</p>',
    'ar',
    'الشرق الأوسط',
  ],
];

/** [what, html, lang, an organisation that must not be found] */
const NOT_FOUND: [string, string, string, string][] = [
  [
    'a definite trigger and the verb after it',
    '<p>وأشار إلى أن الجامعة استقبلت العام الماضي أكثر من 38 ألف طالب.</p>',
    'ar',
    'الجامعة استقبلت',
  ],
];

/** [what, html, lang, an organisation that was never found and must still not be] */
const GUARDS: [string, string, string, string][] = [
  [
    'the team word after a team role',
    '<p>وقال مدرب المنتخب إن فريقه جاهز. وسيلعب المنتخب غداً.</p>',
    'ar',
    'المنتخب',
  ],
  ['a playing position after a role', '<p>تألق لاعبي الوسط في الشوط الأول.</p>', 'ar', 'الوسط'],
  [
    'a quote in «» after a speech verb',
    '<p>وقال الوزير «لن نتراجع عن القرار».</p>',
    'ar',
    'لن نتراجع عن القرار',
  ],
  ['a scare-quoted word', '<p>وصف المعارضون الخطة بأنها «مسرحية».</p>', 'ar', 'مسرحية'],
  [
    'a club named after a listed city, mentioned as the city',
    '<p>فاز نادي حلب. وعاد الفريق إلى حلب مساء.</p>',
    'ar',
    'حلب',
  ],
];

describe('organisation rules', () => {
  it.each(FOUND)('finds %s', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).toContainEqual(['organization', text]);
  });

  it.each(NOT_FOUND)('does not take %s for an organisation', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).not.toContainEqual(['organization', text]);
  });

  it.each(GUARDS)('still does not take %s for an organisation', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).not.toContainEqual(['organization', text]);
  });
});
