import type { TextDirection } from '../extraction/types';

/** Letters (not digits or marks) of the right-to-left scripts. */
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
/** Letters of every other script: Latin, Greek, Cyrillic, Indic, CJK… */
const LTR_LETTER =
  /(?=\p{L})[^\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;

/** How many strong right-to-left and left-to-right letters a text has. */
export function countStrongLetters(text: string): { rtl: number; ltr: number } {
  return {
    rtl: text.match(RTL_LETTER)?.length ?? 0,
    ltr: text.match(LTR_LETTER)?.length ?? 0,
  };
}

/** The share of right-to-left letters among strong letters, or null when the text has none. */
export function rtlShare(text: string): number | null {
  const { rtl, ltr } = countStrongLetters(text);
  return rtl + ltr === 0 ? null : rtl / (rtl + ltr);
}

/**
 * The direction the letters of a text ask for: the majority of strong letters. A paragraph that is
 * Arabic with a few English brand names is RTL; a quoted English paragraph is LTR. Null when the
 * text has no strong letters (numbers, punctuation).
 */
export function directionOfText(text: string): TextDirection | null {
  const share = rtlShare(text);
  if (share === null) return null;
  return share >= 0.5 ? 'rtl' : 'ltr';
}

/**
 * A guess of the language from the letters alone, for pages that declare none (or a wrong one).
 * Only scripts are told apart reliably: Persian and Urdu by their own letters.
 */
export function guessLanguageFromScript(text: string): string {
  const sample = text.slice(0, 20000);
  const { rtl, ltr } = countStrongLetters(sample);
  if (rtl === 0 && ltr === 0) return '';
  if (rtl > ltr) {
    const hebrew = sample.match(/[\u0590-\u05FF]/g)?.length ?? 0;
    if (hebrew > rtl / 2) return 'he';
    const urdu = sample.match(/[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/g)?.length ?? 0;
    if (urdu > rtl * 0.01) return 'ur';
    const persian = sample.match(/[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/g)?.length ?? 0;
    if (persian > rtl * 0.02) return 'fa';
    return 'ar';
  }
  const english = sample.match(/\b(the|and|of|to|is|in|that|with|for)\b/gi)?.length ?? 0;
  const words = sample.match(/[A-Za-z]+/g)?.length ?? 1;
  return english / words > 0.08 ? 'en' : '';
}
