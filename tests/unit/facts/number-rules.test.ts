/**
 * Number rules added for recall (issue 4): figures in table cells and with a glued proclitic,
 * English fractions and number words, hyphenated units, Arabic ages and fractions of "this".
 * Each FOUND row and each NOT_FOUND row failed before its rule; the GUARDS rows held before and
 * must still hold: they are the precision the new rules could have cost.
 */
import { describe, expect, it } from 'vitest';
import { factPairsOf as factsOf } from '../../helpers/key-facts';

/** [what, html, lang, the number that must be found] */
const FOUND: [string, string, string, string][] = [
  [
    'a figure in the table cell after a word cell',
    '<table><tr><td>النقل</td><td>١١٫٣</td><td>٦٫٢٪</td></tr></table>',
    'ar',
    '١١٫٣',
  ],
  [
    'an English figure after a label cell',
    '<table><tr><th>Levain</th><td>20%</td><td>12%</td></tr></table>',
    'en',
    '20%',
  ],
  ['a figure behind بـ and a tatweel', '<p>مقارنة بـ٤٫٩٪ في الربع الثاني.</p>', 'ar', 'بـ٤٫٩٪'],
  [
    'a figure behind و (kept in the fact: no word is split), with whom it counts',
    '<p>سجل 7 للنسور و5 للوحدة.</p>',
    'ar',
    'و5 للوحدة',
  ],
  [
    '"a fifth" before a comparison',
    '<p>The pressure is roughly a fifth lower there.</p>',
    'en',
    'roughly a fifth lower',
  ],
  [
    '"a third of" a group',
    '<p>Nearly a third of public library systems cut hours.</p>',
    'en',
    'Nearly a third of public',
  ],
  [
    '"and a half" after a number word',
    '<p>The dough rose for three and a half hours.</p>',
    'en',
    'three and a half hours',
  ],
  ['"half of"', '<p>Half of that will come from savings.</p>', 'en', 'Half'],
  ['"one" with its noun', '<p>We are asking for one doctor who wants to stay.</p>', 'en', 'one doctor'],
  ['a ratio in words', '<p>Officials said one in five posts were vacant.</p>', 'en', 'one in five posts'],
  ['"a dozen" with a qualifier', '<p>They met more than a dozen times.</p>', 'en', 'more than a dozen times'],
  [
    'a number word after "at least"',
    '<p>There are at least three, officials said.</p>',
    'en',
    'at least three',
  ],
  [
    'a hyphenated figure and unit',
    '<p>The lanes run along a 1.8-mile stretch of road.</p>',
    'en',
    '1.8-mile stretch',
  ],
  ['a hyphenated number word and unit', '<p>It followed a four-hour debate.</p>', 'en', 'four-hour debate'],
  ['a hyphenated fraction', '<p>Care takes almost two-thirds of the budget.</p>', 'en', 'almost two-thirds'],
  ['an Arabic age', '<p>وقال بائع في الخمسين من عمره إن الأسعار ارتفعت.</p>', 'ar', 'الخمسين من عمره'],
  ['an Arabic age in decades', '<p>وهو صياد في الستينيات من عمره.</p>', 'ar', 'الستينيات من عمره'],
  ['a fraction of "this"', '<p>يدفع الطلاب نصف هذه القيمة عند الشراء.</p>', 'ar', 'نصف هذه القيمة'],
];

/** [what, html, lang, a number that must not be found] */
const NOT_FOUND: [string, string, string, string][] = [
  ["a table's label", '<p>جدول ١: التغير السنوي في الأسعار</p>', 'ar', '١'],
  ['a clock time', '<p>The meeting is Feb. 20 at 6 p.m. in the hall.</p>', 'en', '6 p'],
  ['a clock-time range', '<p>It keeps its Sunday hours, from 1 to 5 p.m., for now.</p>', 'en', '1 to 5 p'],
  [
    'a definite dual behind a preposition',
    '<p>يضم أكثر من ألف كتاب باللغتين العربية والإنجليزية.</p>',
    'ar',
    'باللغتين العربية',
  ],
];

/** [what, html, lang, a number that was never found and must still not be] */
const GUARDS: [string, string, string, string][] = [
  ['an ordinal "a third"', '<p>She is running for a third term in office.</p>', 'en', 'a third'],
  ['"one" as a pronoun', '<p>No one came, and the one who did left early.</p>', 'en', 'one came'],
  ['"one of the"', '<p>It is one of the oldest towns.</p>', 'en', 'one'],
  ['a letter and number code after a hyphen', '<p>The COVID-19 wards reopened.</p>', 'en', '19'],
  ['a glued letter that is not a proclitic', '<p>طراز س5 الجديد</p>', 'ar', '5'],
];

describe('number rules', () => {
  it.each(FOUND)('finds %s', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).toContainEqual(['number', text]);
  });

  it.each(NOT_FOUND)('does not take %s for a number', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).not.toContainEqual(['number', text]);
  });

  it.each(GUARDS)('still does not take %s for a number', (_what, html, lang, text) => {
    expect(factsOf(html, lang)).not.toContainEqual(['number', text]);
  });
});
