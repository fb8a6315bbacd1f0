import { primarySubtag } from './rtl-languages';

/**
 * Characters read per minute by language, from Trauzettel-Klosinski & Dietz (2012), the table
 * Firefox's reader view uses. Counting characters rather than words is fairer across scripts.
 */
const CHARS_PER_MINUTE: Record<string, number> = {
  ar: 612,
  de: 920,
  en: 987,
  es: 1025,
  fa: 612,
  fi: 1078,
  fr: 998,
  he: 833,
  it: 950,
  ja: 357,
  nl: 978,
  pl: 916,
  pt: 913,
  ru: 986,
  sk: 885,
  sv: 917,
  tr: 1054,
  ur: 612,
  zh: 255,
};
const DEFAULT_CHARS_PER_MINUTE = 987;

/** Minutes to read a text in a language, at least 1 for any text with letters. */
export function readingTimeMinutes(text: string, lang: string): number {
  const chars = text.replace(/\s+/g, '').length;
  if (chars === 0) return 0;
  const cpm = CHARS_PER_MINUTE[primarySubtag(lang)] ?? DEFAULT_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(chars / cpm));
}
