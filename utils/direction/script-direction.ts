import type { TextDirection } from '../extraction/types';

const RTL_SCRIPTS = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}';
/** One letter (not a digit or mark) of the right-to-left scripts. */
const RTL_LETTER = new RegExp(`^(?=\\p{L})[${RTL_SCRIPTS}]$`, 'u');
/** One letter of every other script: Latin, Greek, Cyrillic, Indic, CJK… */
const LTR_LETTER = new RegExp(`^(?=\\p{L})[^${RTL_SCRIPTS}]$`, 'u');

const NEITHER = 0;
const RTL = 1;
const LTR = 2;
const UNKNOWN = 3;

function classify(character: string): number {
  if (RTL_LETTER.test(character)) return RTL;
  return LTR_LETTER.test(character) ? LTR : NEITHER;
}

/**
 * The class of every code unit below this, filled in as characters are met: counting letters with
 * a global Unicode-property regex allocated a string per letter and took ~1 ms per article text;
 * a table lookup per character takes a few hundredths of that. Astral characters go by the regex.
 */
const TABLE_END = 0x3000;
const classes = new Uint8Array(TABLE_END).fill(UNKNOWN);

function classOf(code: number): number {
  let known = classes[code] ?? UNKNOWN;
  if (known === UNKNOWN) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return known;
}

/** How many strong right-to-left and left-to-right letters a text has. */
export function countStrongLetters(text: string): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let kind: number;
    if (code < TABLE_END) {
      kind = classOf(code);
    } else {
      const point = text.codePointAt(index) ?? code;
      if (point > 0xffff) index++;
      kind = classify(String.fromCodePoint(point));
    }
    if (kind === RTL) rtl++;
    else if (kind === LTR) ltr++;
  }
  return { rtl, ltr };
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
