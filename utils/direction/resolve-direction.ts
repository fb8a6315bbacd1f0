import type { TextDirection } from '../extraction/types';
import { isRtlLanguage } from './rtl-languages';
import { rtlShare } from './script-direction';

export interface DirectionSignals {
  /** The live page's computed `direction` of the article, when known. */
  computedDir?: string | null;
  /** The `dir` Readability found on the article's ancestors. */
  readabilityDir?: string | null;
  /** `<html dir>`. */
  htmlDir?: string | null;
  /** The declared language (`<html lang>`, `content-language`). */
  lang?: string | null;
  /** The article's text, the last resort and the check on the others. */
  text: string;
}

/** Share of RTL letters past which a declared `ltr` is taken for a misconfigured page. */
const OVERWHELMINGLY_RTL = 0.8;
const OVERWHELMINGLY_LTR = 0.2;

function asDirection(value: string | null | undefined): TextDirection | null {
  const dir = value?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/**
 * The article's direction: the first declared signal, in the order computed style, Readability,
 * `<html dir>`, language; then the letters. A declared direction loses only when the letters say
 * the opposite overwhelmingly (an Arabic page whose CMS left `lang="en"` and no `dir` is still RTL).
 */
export function resolveDirection(signals: DirectionSignals): TextDirection {
  const share = rtlShare(signals.text);
  const fromLetters: TextDirection | null =
    share === null ? null : share >= OVERWHELMINGLY_RTL ? 'rtl' : share <= OVERWHELMINGLY_LTR ? 'ltr' : null;
  const langDir: TextDirection | null = signals.lang ? (isRtlLanguage(signals.lang) ? 'rtl' : 'ltr') : null;
  const declared =
    asDirection(signals.computedDir) ??
    asDirection(signals.readabilityDir) ??
    asDirection(signals.htmlDir) ??
    langDir;
  if (declared && (fromLetters === null || fromLetters === declared)) return declared;
  if (fromLetters) return fromLetters;
  if (declared) return declared;
  return share !== null && share >= 0.5 ? 'rtl' : 'ltr';
}
