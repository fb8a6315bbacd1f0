import { describe, expect, it } from 'vitest';
import { resolveDirection } from '../../../utils/direction/resolve-direction';
import { isRtlLanguage, primarySubtag } from '../../../utils/direction/rtl-languages';
import { directionOfText, guessLanguageFromScript } from '../../../utils/direction/script-direction';
import { readingTimeMinutes } from '../../../utils/direction/reading-time';
import { markBlockDirections, resolveLanguage } from '../../../utils/extraction/steps/direction';
import { parseHtml } from '../../helpers/parse-html';

const ARABIC = 'أكد وزير الخارجية العراقي خلال مؤتمر صحفي مشترك أن العلاقات بين بغداد ودمشق تشهد تقدماً';
const ENGLISH =
  'The foreign minister said on Tuesday that relations between the two countries were improving';

describe('isRtlLanguage', () => {
  it.each([
    ['ar', true],
    ['ar-EG', true],
    ['fa-IR', true],
    ['fa-AF', true],
    ['he', true],
    ['he-IL', true],
    ['iw', true],
    ['ur', true],
    ['ur_PK', true],
    ['ps', true],
    ['ckb', true],
    ['yi', true],
    ['uz-Arab', true],
    ['pa-Arab-PK', true],
    ['en', false],
    ['en-US', false],
    ['fr', false],
    ['uz', false],
    ['', false],
    ['tr', false],
  ])('%s → %s', (tag, rtl) => {
    expect(isRtlLanguage(tag)).toBe(rtl);
  });

  it('takes the primary subtag', () => {
    expect(primarySubtag('AR-eg')).toBe('ar');
  });
});

describe('resolveDirection', () => {
  it.each([
    ['computed style first', { computedDir: 'rtl', readabilityDir: 'ltr', text: ARABIC }, 'rtl'],
    ['Readability dir', { readabilityDir: 'rtl', text: ARABIC }, 'rtl'],
    ['<html dir>', { htmlDir: 'rtl', text: `${ARABIC} ${ENGLISH}` }, 'rtl'],
    ['language', { lang: 'he', text: 'שלום עולם, זהו מאמר בעברית' }, 'rtl'],
    ['letters when nothing is declared', { text: ARABIC }, 'rtl'],
    ['English letters', { text: ENGLISH }, 'ltr'],
    ['lang="en" over Arabic text (misconfigured CMS)', { lang: 'en', text: ARABIC }, 'rtl'],
    ['dir="ltr" default over Arabic text', { htmlDir: 'ltr', text: ARABIC }, 'rtl'],
    ['declared rtl over mixed text', { htmlDir: 'rtl', text: `${ARABIC} ${ENGLISH} ${ENGLISH}` }, 'rtl'],
    [
      'declared ltr over English with an Arabic quote',
      { lang: 'en', text: `${ENGLISH} ${ENGLISH} ${ARABIC}` },
      'ltr',
    ],
    ['no letters at all', { text: '12345 — 678' }, 'ltr'],
  ] as const)('%s', (_name, signals, expected) => {
    expect(resolveDirection(signals)).toBe(expected);
  });
});

describe('directionOfText and language guesses', () => {
  it.each([
    [ARABIC, 'rtl'],
    [ENGLISH, 'ltr'],
    ['أعلنت شركة Apple عن هاتف iPhone الجديد اليوم في مؤتمرها السنوي', 'rtl'],
    ['Arabic words like السلام in an English sentence stay left to right', 'ltr'],
    ['١٢٣ 456 ،.', null],
  ])('%s → %s', (text, dir) => {
    expect(directionOfText(text)).toBe(dir);
  });

  it.each([
    [ARABIC, 'ar'],
    ['وزیر امور خارجه ایران در گفتگو با خبرنگاران گفت که مذاکرات ادامه دارد', 'fa'],
    ['وزیر اعظم نے کہا کہ حکومت عوام کی خدمت کے لیے پرعزم ہے اور ترقی جاری رہے گی', 'ur'],
    ['ראש הממשלה אמר היום כי הממשלה תפעל לשיפור המצב הכלכלי', 'he'],
    [ENGLISH, 'en'],
  ])('guesses the language of %s', (text, lang) => {
    expect(guessLanguageFromScript(text)).toBe(lang);
  });

  it.each([
    ['en', ARABIC, 'ar'],
    ['ar', ENGLISH, 'en'],
    ['ar-EG', ARABIC, 'ar-EG'],
    ['', ARABIC, 'ar'],
    ['fr', 'Le ministre a déclaré mardi que les relations progressaient', 'fr'],
  ])('declared %s over text → %s', (declared, text, lang) => {
    expect(resolveLanguage(declared, text)).toBe(lang);
  });
});

describe('markBlockDirections', () => {
  it('marks an English paragraph in an Arabic article, and leaves the Arabic ones alone', () => {
    const document = parseHtml(
      `<div id="root"><p>${ARABIC}</p><p>${ENGLISH}</p><blockquote><p>${ARABIC}</p></blockquote></div>`,
    );
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    markBlockDirections(root, 'rtl');
    const dirs = Array.from(root.querySelectorAll('p')).map((p) => p.getAttribute('dir'));
    expect(dirs).toEqual([null, 'ltr', null]);
  });

  it('marks an Arabic paragraph nested in an English list item of an Arabic article by inheritance', () => {
    const document = parseHtml(`<div id="root"><ul><li>${ENGLISH}<p>${ARABIC}</p></li></ul></div>`);
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    markBlockDirections(root, 'rtl');
    expect(root.querySelector('li')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('p')?.getAttribute('dir')).toBe('rtl');
  });
});

describe('readingTimeMinutes', () => {
  it.each([
    ['en', 987 * 3, 3],
    ['ar', 612 * 4, 4],
    ['he-IL', 833 * 2, 2],
    ['xx', 987 * 5, 5],
    ['ar', 10, 1],
    ['en', 0, 0],
  ])('%s, %i characters → %i min', (lang, chars, minutes) => {
    expect(readingTimeMinutes('a'.repeat(chars), lang)).toBe(minutes);
  });

  it('reads Arabic slower than English for the same number of characters', () => {
    const text = 'س'.repeat(3000);
    expect(readingTimeMinutes(text, 'ar')).toBeGreaterThan(readingTimeMinutes(text, 'en'));
  });
});
