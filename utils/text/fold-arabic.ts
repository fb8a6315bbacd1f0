/**
 * What folding changes: Arabic diacritics (tashkeel), the superscript alef and Quranic marks go;
 * tatweel goes; the alef forms become one alef; ى becomes ي and ة becomes ه.
 */
const FOLDED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671\u0649\u0629]/g;
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064A',
  '\u0629': '\u0647',
};
/** Any Arabic letter or mark: text without one has nothing to fold. */
const ARABIC = /[\u0610-\u06ED]/;

/**
 * Folds the spelling variants that Arabic writers use interchangeably, so that a phrase matches
 * however it was typed: no tashkeel or tatweel, one alef, ى as ي, ة as ه. One pass over the text
 * (it runs over every short block of every page).
 */
export function foldArabic(text: string): string {
  if (!ARABIC.test(text)) return text;
  return text.replace(FOLDED, (character) => REPLACEMENTS[character] ?? '');
}

/** Folds case and Arabic variants and collapses white space: the form boilerplate rules match on. */
export function foldForMatching(text: string): string {
  return foldArabic(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
