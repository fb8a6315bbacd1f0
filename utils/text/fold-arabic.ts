/** Arabic diacritics (tashkeel), the superscript alef and Quranic marks. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;

/**
 * Folds the spelling variants that Arabic writers use interchangeably, so that a phrase matches
 * however it was typed: no tashkeel or tatweel, one alef, ى as ي, ة as ه.
 */
export function foldArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

/** Folds case and Arabic variants and collapses white space: the form boilerplate rules match on. */
export function foldForMatching(text: string): string {
  return foldArabic(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
