/**
 * What may be part of a person's name, in Arabic and in English. Shared by the people recogniser
 * and the speaker finder.
 */
import type { Word } from './text-index';
import { ARABIC_ORG_TRIGGERS } from './gazetteer/organizations';
import { ARABIC_PLACE_TRIGGERS } from './gazetteer/places';
import { wordOf } from './text-index';
import {
  ARABIC_SPEECH_VERBS,
  ARABIC_STOPWORDS,
  ENGLISH_SPEECH_VERBS,
  ENGLISH_STOPWORDS,
  foldAll,
} from './lexicon';

/** Parts that join the words of a name (عبد الله, بن سلمان, Abu Bakr, al-Assad, van Gogh). */
export const ARABIC_NAME_JOINERS = foldAll(['عبد', 'بن', 'ابن', 'أبو', 'أبي', 'آل', 'أم', 'بنت', 'ولد']);
export const ENGLISH_NAME_PARTICLES = new Set([
  'al',
  'al-',
  'bin',
  'ibn',
  'de',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'el',
  'du',
  'dos',
  'das',
  'abu',
  'bint',
  'ben',
]);

/** Capitalised words that are never names: months, weekdays, languages, sentence openers. */
const ENGLISH_NOT_NAMES = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'English',
  'Arabic',
  'French',
  'Spanish',
  'German',
  'Chinese',
  'Russian',
  'Hebrew',
  'Persian',
  'Turkish',
  'Urdu',
  'Italian',
  'Japanese',
  'Korean',
  'Portuguese',
  'God',
  'Allah',
  'Internet',
  'Web',
  'Photo',
  'Image',
  'Video',
  'Read',
  'More',
  'Share',
  'Getty',
  'Images',
  'Reuters',
  'AFP',
  'AP',
  'Christmas',
  'Easter',
  'Ramadan',
  'Eid',
  'Covid',
  'COVID-19',
  'Covid-19',
]);

const NOT_NAME_WORDS = foldAll([...ARABIC_ORG_TRIGGERS, ...ARABIC_PLACE_TRIGGERS]);

export function isArabicNameWord(word: Word | undefined, position: number): word is Word {
  if (!word || !word.arabic) return false;
  if (position > 0 && word.breakBefore) return false;
  const forms = word.forms;
  if (ARABIC_STOPWORDS.has(word.folded) || ARABIC_SPEECH_VERBS.has(word.folded)) return false;
  if (ARABIC_SPEECH_VERBS.has(forms[1] ?? '')) return false;
  // A name does not start with "and the", "for the" (والتسجيل, للشركة) or "and" + a verb (وأودعها).
  if (position === 0 && (/^(?:وال|بال|لل|فال|كال)/u.test(word.folded) || /^[وف][أإآ]/u.test(word.raw)))
    return false;
  // Organisation and place words (شركة, وزارة, مدينة) are never part of a name.
  if (word.forms.some((form) => NOT_NAME_WORDS.has(form))) return false;
  // A word starting with و after the first is "and …": a second person or another clause.
  if (position > 0 && word.folded.startsWith('و') && !ARABIC_NAME_JOINERS.has(word.folded)) return false;
  return word.raw.length >= 2;
}

export function isEnglishNameWord(word: Word | undefined, position: number, previous?: Word): boolean {
  if (!word || word.arabic) return false;
  // Only an initial's full stop (John F. Kennedy) may stand inside a name.
  const afterInitial = word.punctuationBefore === '.' && previous?.raw.length === 1;
  if (position > 0 && word.breakBefore && !afterInitial) return false;
  if (!word.capitalised || ENGLISH_NOT_NAMES.has(word.raw)) return false;
  if (ENGLISH_STOPWORDS.has(word.folded) || ENGLISH_SPEECH_VERBS.has(word.folded)) return false;
  // All capitals of 2+ letters is an acronym (NATO, CEO), not a name.
  if (/^[A-Z]{2,}$/.test(word.raw)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word.raw);
}

/** Reads an Arabic name starting at `from`; returns one past its last word, or `from` if none. */
export function readArabicName(words: readonly Word[], from: number): number {
  let to = from;
  const limit = from + 4;
  while (to < limit && isArabicNameWord(words[to], to - from)) {
    const word = words[to] as Word;
    // A definite word after a joiner is part of the name (عبد الله); otherwise it may end a
    // one-word name (بشار الأسد) when nothing name-like follows, but a name already complete
    // (محمد بن زايد, دونالد ترامب) takes no more: the definite word begins the sentence's object.
    if (to > from && word.folded.startsWith('ال') && !ARABIC_NAME_JOINERS.has(wordOf(words, to - 1).folded)) {
      if (to - from > 1) break;
      if (isArabicNameWord(words[to + 1], 1) && !wordOf(words, to + 1).folded.startsWith('و')) break;
      to += 1;
      break;
    }
    to += 1;
    if (to - from >= 3 && !words.slice(from, to).some((w) => ARABIC_NAME_JOINERS.has(w.folded))) break;
  }
  // A name does not end on a joiner (عبد, بن).
  while (to > from && ARABIC_NAME_JOINERS.has(wordOf(words, to - 1).folded)) to -= 1;
  if (to > from && wordOf(words, from).folded.startsWith('ال')) return from;
  return to;
}

export function readEnglishName(words: readonly Word[], from: number, max = 4): number {
  let to = from;
  while (to < from + max) {
    const word = words[to];
    if (isEnglishNameWord(word, to === from ? 0 : to - from, to === from ? undefined : words[to - 1])) {
      to += 1;
      continue;
    }
    // al-Assad, bin Salman, van der Leyen: a particle inside a name, followed by a capitalised word.
    if (
      to > from &&
      word &&
      !word.breakBefore &&
      ENGLISH_NAME_PARTICLES.has(word.folded) &&
      isEnglishNameWord(words[to + 1], 1)
    ) {
      to += 2;
      continue;
    }
    if (to > from && word && !word.breakBefore && /^(?:al|el)-\p{Lu}/u.test(word.raw)) {
      to += 1;
      continue;
    }
    break;
  }
  return to;
}
