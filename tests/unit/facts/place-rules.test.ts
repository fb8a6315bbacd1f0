/**
 * Place rules added for recall (issue 4): more cities and regions in the gazetteer, more Arabic
 * place words (ساحة, شلالات, جسر…), English neighbourhood words (Heights, Hollow, Flats…), and a
 * place's later mentions. Each FOUND row failed before its rule; GUARDS held before
 * and must still hold.
 */
import { describe, expect, it } from 'vitest';
import { factPairsOf as factsOf } from '../../helpers/key-facts';

/** [what, html, lang, the place that must be found] */
const FOUND: [string, string, string, string][] = [
  ['a Moroccan town from the gazetteer', '<p>وصلتُ إلى شفشاون في حافلة المساء.</p>', 'ar', 'شفشاون'],
  ['an Egyptian city with a particle', '<p>وانتقل الوفد إلى الأقصر ثم وأسوان.</p>', 'ar', 'وأسوان'],
  ['a region from the gazetteer', '<p>عبرت القافلة الربع الخالي في أسبوع.</p>', 'ar', 'الربع الخالي'],
  [
    'an English region',
    '<p>A town on the edge of the Empty Quarter won the prize.</p>',
    'en',
    'Empty Quarter',
  ],
  ['a UK city', '<p>The trains to Sheffield were cancelled.</p>', 'en', 'Sheffield'],
  ['a square with a construct name', '<p>جلسنا عند ساحة وطاء الحمام مساءً.</p>', 'ar', 'ساحة وطاء الحمام'],
  ['waterfalls with their name', '<p>زرنا شلالات أقشور في اليوم الثاني.</p>', 'ar', 'شلالات أقشور'],
  ['a bridge with its name', '<p>ومشينا إلى جسر الله في الصباح.</p>', 'ar', 'جسر الله'],
  [
    'a town’s bare mention after its word named it',
    '<p>افتتحت محطة في بلدة الشعاب الساحلية.</p><p>وقال إن أهالي الشعاب انتظروا طويلاً.</p>',
    'ar',
    'الشعاب',
  ],
  ['an English neighbourhood word', '<p>The streets of Cedar Heights flooded.</p>', 'en', 'Cedar Heights'],
  ['a neighbourhood in the possessive', '<p>Pine Hollow’s clinic closed in May.</p>', 'en', 'Pine Hollow'],
  [
    'a neighbourhood’s later mention at a sentence start',
    '<p>The blocks of Northfield’s East Flats were hot.</p><p>Today, East Flats has few trees.</p>',
    'en',
    'East Flats',
  ],
];

/** [what, html, lang, a place that was never found and must still not be] */
const GUARDS: [string, string, string, string][] = [
  [
    'a town name’s common word with a preposition',
    '<p>في بلدة الشعاب محطة جديدة.</p><p>قد يضر ضخ المياه بالشعاب المرجانية.</p>',
    'ar',
    'بالشعاب',
  ],
  ['"الخبر" the news (Khobar is left out)', '<p>الخبر قيد التحديث.</p>', 'ar', 'الخبر'],
  ['"كسلاً" laziness (Salé is left out)', '<p>هجروا المكان خجلاً لا كسلاً.</p>', 'ar', 'كسلاً'],
  ['"تدمر" the verb (Palmyra is left out)', '<p>الحرب تدمر المدن.</p>', 'ar', 'تدمر'],
  ['a book title ending in Road', '<p>Her novel The Salt Road won the prize.</p>', 'en', 'Salt Road'],
  ['a surname Park', '<p>The chair, Linda Park, said the clinic will stay.</p>', 'en', 'Linda Park'],
];

describe('place rules', () => {
  it.each(FOUND)('finds %s', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).toContainEqual(['place', text]);
  });

  it.each(GUARDS)('still does not take %s for a place', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).not.toContainEqual(['place', text]);
  });
});
