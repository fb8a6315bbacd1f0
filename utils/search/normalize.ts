import { foldArabic } from '../text/fold-arabic';

/**
 * Search normalisation for the library: one function for what is indexed and what is typed, so that
 * a word matches however it was spelled. Pure: strings in, strings out.
 */

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as Western ones: "٢٠٢٤" and "2024" are one term. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String((digit.charCodeAt(0) - (digit >= '\u06F0' ? 0x06f0 : 0x0660)) % 10),
  );
}

/** Persian keheh and yeh are the Arabic kaf and yeh as far as a reader searching is concerned. */
function foldPersianLetters(text: string): string {
  return text.replace(/\u06A9/g, '\u0643').replace(/[\u06CC\u06D2]/g, '\u064A');
}

/**
 * The whole text folded: Arabic variants (tashkeel, tatweel, alef forms, ى, ة), digits, Latin case
 * and accents (NFD, then every combining mark dropped: é → e, and Arabic hamza/madda marks too).
 */
export function normalizeText(text: string): string {
  return foldPersianLetters(westernDigits(foldArabic(text)))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Normalised words of a text, in order (empty strings dropped). */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(WORD_SEPARATOR)
    .filter((word) => word.length > 0);
}

/**
 * Prefixes written attached to the word they introduce (and, so, with, to, like, the), longest
 * first. Already normalised: ال is "ال", لل is ل + ال.
 */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'] as const;

/** What must remain after a prefix for it to count as one: وزير is not و + زير, but والوزير is. */
export const MIN_STEM_LENGTH = 3;

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** Every way of reading a normalised term as prefix + stem: the stems, longest prefix first. */
export function stemsOf(term: string): string[] {
  if (!ARABIC_WORD.test(term)) return [];
  const stems: string[] = [];
  for (const prefix of PROCLITICS) {
    if (term.startsWith(prefix) && term.length - prefix.length >= MIN_STEM_LENGTH) {
      const stem = term.slice(prefix.length);
      if (!stems.includes(stem)) stems.push(stem);
    }
  }
  return stems;
}

/**
 * Terms to index for one word: the word and each of its stems, so that "الإمارات" is found by
 * "الامارات", "إمارات" and "والإمارات" alike.
 */
export function indexTerms(term: string): string[] {
  return [term, ...stemsOf(term).filter((stem) => stem !== term)];
}

/**
 * The one term to look up for a typed word: its shortest stem (longest prefix off). The indexed
 * word has that stem among its own terms, whichever prefix it was written with.
 */
export function queryTerm(term: string): string {
  return stemsOf(term)[0] ?? term;
}
