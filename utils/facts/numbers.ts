/**
 * Numbers with what they count: digits of any script (Western, Arabic-Indic ٠–٩, Persian ۰–۹) with
 * ٫ ٬ . , separators, percent signs, currencies, ranges, and number words (خمسين, عشرات, آلاف,
 * thousands), extended by the words that say what is counted ("10 آلاف من الإرهابيين وعائلاتهم",
 * "أكثر من خمسين جنسية", "$5 billion", "more than 50 nationalities").
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { crossesBlock } from './text-index';
import { wordOf } from './text-index';
import {
  ARABIC_SPEECH_VERBS,
  ARABIC_STOPWORDS,
  ENGLISH_SPEECH_VERBS,
  ENGLISH_STOPWORDS,
  foldAll,
  isArabic,
} from './lexicon';

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
/** A digit run with separators; a currency sign may stand before, a percent sign after. */
const DIGIT_NUMBER = new RegExp(
  `[$€£¥]?${DIGIT}+(?:[.,\u066B\u066C]${DIGIT}+)*(?:\\s?[%\u066A\u2030])?`,
  'gu',
);

/** Cardinals that need a counted word after them (ثلاثة أيام, five people). */
const ARABIC_CARDINALS = foldAll([
  'اثنان',
  'اثنين',
  'اثنتين',
  'ثلاث',
  'ثلاثة',
  'أربع',
  'أربعة',
  'خمس',
  'خمسة',
  'ست',
  'ستة',
  'سبع',
  'سبعة',
  'ثماني',
  'ثمانية',
  'تسع',
  'تسعة',
  'عشر',
  'عشرة',
  'عشرون',
  'عشرين',
  'ثلاثون',
  'ثلاثين',
  'أربعون',
  'أربعين',
  'خمسون',
  'خمسين',
  'ستون',
  'ستين',
  'سبعون',
  'سبعين',
  'ثمانون',
  'ثمانين',
  'تسعون',
  'تسعين',
  'مئة',
  'مائة',
  'مئتين',
  'مائتين',
  'مئتا',
  'ثلاثمئة',
  'ثلاثمائة',
  'أربعمئة',
  'أربعمائة',
  'خمسمئة',
  'خمسمائة',
  'ألف',
  'ألفا',
  'ألفين',
  'مليون',
  'مليونا',
  'مليار',
  'مليارا',
]);
/** Magnitudes that are a number on their own (عشرات الآلاف, المئات, thousands). */
const ARABIC_MAGNITUDES = foldAll([
  'عشرات',
  'العشرات',
  'مئات',
  'المئات',
  'آلاف',
  'الآلاف',
  'ألوف',
  'الألوف',
  'ملايين',
  'الملايين',
  'مليارات',
  'المليارات',
  'ألف',
  'مليون',
  'مليار',
  'تريليون',
  'ألفا',
  'مليونا',
  'مليارا',
]);
const ENGLISH_CARDINALS = foldAll([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
]);
const ENGLISH_MAGNITUDES = foldAll([
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'bn',
  'm',
]);
/** "a third of", "a quarter", "one fifth": fractions, a number with "a"/"one" before them. */
const ENGLISH_FRACTIONS = foldAll([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'tenths',
]);
/** What may follow "a third" for it to be a share, not an ordinal (a third term): of, or a comparison. */
const ENGLISH_FRACTION_TAILS = foldAll([
  'of',
  'lower',
  'higher',
  'more',
  'less',
  'fewer',
  'smaller',
  'larger',
  'bigger',
  'cheaper',
]);
/** Nouns of time and measure a hyphenated number takes as an adjective (four-hour, 10-year, 1.8-mile). */
const ENGLISH_HYPHEN_UNITS = foldAll([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
  'decade',
  'century',
  'mile',
  'kilometre',
  'kilometer',
  'km',
  'metre',
  'meter',
  'foot',
  'feet',
  'inch',
  'acre',
  'storey',
  'story',
  'percent',
  'point',
  'seat',
  'member',
  'bed',
  'page',
  'game',
  'match',
  'man',
  'person',
]);
/** Words before a lone "one" that make it a pronoun (no one, the one who, each one). */
const ENGLISH_ONE_PRONOUN = foldAll(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'some']);
/** What a figure right after these names is: a caption's label (جدول ١, Table 2), not a count. */
const FIGURE_LABELS = foldAll(['جدول', 'الجدول', 'شكل', 'الشكل', 'رسم', 'table', 'figure', 'fig', 'chart']);
/** Ages: "في الخمسين من عمره", "الستينيات من عمرها" (definite tens or decades, then من عمر…). */
const ARABIC_DEFINITE_TENS =
  /^ال(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)يات|عشرينات|ثلاثينات|اربعينات|خمسينات|ستينات|سبعينات|ثمانينات|تسعينات)$/u;
const ARABIC_AGE = /^(?:عمر|عمره|عمرها|عمرهم|عمرهما|العمر)$/u;

/** Words of measure that belong to the number: currencies, percent, units. */
const UNIT_WORDS = foldAll([
  'دولار',
  'دولارا',
  'دولاراً',
  'دولارات',
  'يورو',
  'جنيه',
  'جنيها',
  'جنيهات',
  'ريال',
  'ريالا',
  'ريالات',
  'درهم',
  'دراهم',
  'دينار',
  'دينارا',
  'دنانير',
  'ليرة',
  'ليرات',
  'شيكل',
  'روبل',
  'يوان',
  'ين',
  'بالمئة',
  'بالمائة',
  'بالمية',
  'كيلومتر',
  'كيلومترا',
  'كيلومترات',
  'كم',
  'متر',
  'مترا',
  'أمتار',
  'كلغ',
  'كغ',
  'كيلوغرام',
  'طن',
  'أطنان',
  'برميل',
  'براميل',
  'ميل',
  'ميغاواط',
  'هكتار',
  'دونم',
  'percent',
  'per',
  'cent',
  'dollars',
  'dollar',
  'euros',
  'euro',
  'pounds',
  'pound',
  'yen',
  'yuan',
  'rupees',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'mile',
  'metres',
  'meters',
  'kg',
  'kilograms',
  'tonnes',
  'tons',
  'barrels',
  'acres',
  'hectares',
  'mph',
  'degrees',
  'points',
  'percentage',
  'usd',
  'eur',
  'gbp',
]);
/** في المئة / في المائة: "per cent" in two words. */
const PERCENT_AFTER_FI = foldAll(['المئة', 'المائة', 'المية']);
/** Words before a number that qualify it (أكثر من, نحو, more than, about). */
const ARABIC_QUALIFIERS = foldAll([
  'نحو',
  'حوالي',
  'قرابة',
  'زهاء',
  'قرابه',
  'حوالى',
  'أكثر',
  'أقل',
  'يقارب',
  'يناهز',
  'يزيد',
]);
const ENGLISH_QUALIFIERS = foldAll([
  'about',
  'nearly',
  'around',
  'almost',
  'approximately',
  'roughly',
  'some',
  'over',
  'under',
]);
/** Words that join two numbers into a range (10 إلى 20, 10 or 20, المئات وربما الآلاف). */
const RANGE_WORDS = foldAll(['إلى', 'الى', 'و', 'أو', 'وربما', 'ربما', 'حتى', 'to', 'or', 'and']);

function baseForms(word: Word): string[] {
  return word.arabic ? word.forms : [word.folded];
}

function inSet(word: Word | undefined, set: ReadonlySet<string>): boolean {
  return !!word && baseForms(word).some((form) => set.has(form));
}

function isStop(word: Word): boolean {
  const arabic = word.arabic;
  const stops = arabic ? ARABIC_STOPWORDS : ENGLISH_STOPWORDS;
  const verbs = arabic ? ARABIC_SPEECH_VERBS : ENGLISH_SPEECH_VERBS;
  return stops.has(word.folded) || verbs.has(word.folded) || (arabic && stops.has(baseForms(word)[1] ?? ''));
}

/** What may follow a fraction for it to count: a noun, or this/that (نصف هذه القيمة). */
function isArabicFractionTail(word: Word): boolean {
  if (!word.arabic) return false;
  return ['هذه', 'هذا', 'تلك', 'ذلك'].includes(word.folded) || isCountedWord(word);
}

/** A word that can say what is counted: a noun-like word, not a particle, verb or number. */
function isCountedWord(word: Word | undefined): word is Word {
  if (!word || word.breakBefore || isStop(word) || /\p{N}/u.test(word.raw)) return false;
  if (inSet(word, ARABIC_CARDINALS) || inSet(word, ENGLISH_CARDINALS)) return false;
  return word.arabic || /^[a-z][a-z-]*$/.test(word.raw);
}

interface Core {
  from: number;
  to: number;
  /** A number word that needs a counted word after it to count (خمسة, five). */
  needsNoun: boolean;
}

/** A conjunction or preposition written onto a figure ("و5 للوحدة", "بـ٤٫٩٪"), alone before it. */
const GLUED_PROCLITIC = /(?:^|[^\p{L}\p{M}\u0640])[وفبلك]{1,2}\u0640?$/u;

/** Whether a block edge (a table cell, a paragraph) falls exactly at `offset`. */
function atBlockEdge(edges: readonly number[], offset: number): boolean {
  return crossesBlock(edges, offset - 1, offset + 1);
}

/** 1.8-mile, 10-year-old: the letters after a figure's hyphen name a unit the figure measures. */
function hyphenUnitAfter(text: string, offset: number): boolean {
  const unit = text.slice(offset, offset + 12).match(/^[a-z]+/)?.[0];
  return !!unit && ENGLISH_HYPHEN_UNITS.has(unit);
}

/** four-hour, two-thirds, three-quarters: a number word hyphenated to a unit or a fraction. */
function isHyphenatedNumberWord(word: Word): boolean {
  if (word.arabic || !word.folded.includes('-')) return false;
  const [number, unit, more] = word.folded.split('-');
  if (!number || !unit || more !== undefined) return false;
  return (
    (ENGLISH_CARDINALS.has(number) || number === 'one') &&
    (ENGLISH_HYPHEN_UNITS.has(unit) || ENGLISH_FRACTIONS.has(unit))
  );
}

/**
 * "a third of", "a fifth lower", "one quarter of", "three and a half": an English fraction with its
 * article; returns the index of its first word, or -1. An ordinal ("a third term") is no share.
 */
function englishFractionStart(words: readonly Word[], i: number): number {
  const word = words[i] as Word;
  if (word.arabic || !ENGLISH_FRACTIONS.has(word.folded)) return -1;
  const previous = wordOf(words, i - 1);
  const next = wordOf(words, i + 1);
  const tail = !next.breakBefore && ENGLISH_FRACTION_TAILS.has(next.folded);
  if (word.folded === 'half') {
    // Half of that, half the city, half a million
    if (!next.breakBefore && ['of', 'the', 'a', 'an'].includes(next.folded))
      return !word.breakBefore && previous.folded === 'a' ? i - 1 : i;
  }
  if (word.breakBefore || (previous.breakBefore && previous.folded !== 'a' && previous.folded !== 'one'))
    return -1;
  if (previous.folded !== 'a' && previous.folded !== 'one') return -1;
  const before = wordOf(words, i - 2);
  const afterNumber = !previous.breakBefore && before.folded === 'and';
  const qualified =
    !previous.breakBefore && (ENGLISH_QUALIFIERS.has(before.folded) || before.folded === 'than');
  return tail || afterNumber || qualified ? i - 1 : -1;
}

/** Word index of the word that starts at or contains `offset`. */
function wordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const word = words[middle] as Word;
    if (word.end <= offset) low = middle + 1;
    else if (word.start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** Digit numbers, never running from one table cell or paragraph into the next. */
function* digitNumbers(text: string, edges: readonly number[]): Generator<{ index: number; 0: string }> {
  for (const match of text.matchAll(DIGIT_NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!crossesBlock(edges, start, end)) {
      yield { index: start, 0: match[0] };
      continue;
    }
    const cuts = [...edges.filter((edge) => edge > start && edge < end), end];
    let from = start;
    for (const cut of cuts) {
      const piece = text.slice(from, cut);
      for (const inner of piece.matchAll(DIGIT_NUMBER)) yield { index: from + inner.index, 0: inner[0] };
      from = cut;
    }
  }
}

/** Duals that count on their own (عامين, كيلومترين, دينارين): the noun is the number. */
const ARABIC_DUALS = foldAll([
  'عامين',
  'عامان',
  'سنتين',
  'سنتان',
  'شهرين',
  'شهران',
  'يومين',
  'يومان',
  'أسبوعين',
  'ساعتين',
  'ساعتان',
  'دقيقتين',
  'عقدين',
  'قرنين',
  'كيلومترين',
  'مترين',
  'ميلين',
  'دينارين',
  'دولارين',
  'درهمين',
  'ريالين',
  'جنيهين',
  'درجتين',
  'ضعفين',
  'مرتين',
  'نقطتين',
  'هدفين',
  'مليونين',
  'مليارين',
  'ألفين',
  'طنين',
]);
/** Fractions (نصف دينار, ربع مصروفه, الثلث): a number when something follows or they stand defined. */
const ARABIC_FRACTIONS = foldAll(['نصف', 'ربع', 'ثلث', 'ثلثي', 'خمس', 'عشر']);
const ARABIC_DEFINITE_FRACTIONS = foldAll(['الثلث', 'النصف', 'الثلثين', 'الخمس']);
/** A feminine dual noun with its adjective (محطتين مماثلتين, فرصتين محققتين). */
const FEMININE_DUAL = /^[^\s]{3,}تين$/u;
const NOT_DUALS = foldAll([
  'بروتين',
  'روتين',
  'الصين',
  'ثلاثين',
  'أربعين',
  'ستين',
  'سبعين',
  'ثمانين',
  'تسعين',
]);

function isDual(word: Word): boolean {
  // A definite dual, even behind a preposition (باللغتين), is a description, not a count.
  if (!word.arabic || word.forms.some((form) => form.startsWith('ال'))) return false;
  if (word.forms.some((form) => ARABIC_DUALS.has(form))) return true;
  return (
    FEMININE_DUAL.test(word.folded) &&
    !word.forms.some((form) => NOT_DUALS.has(form)) &&
    word.folded.length >= 5
  );
}

/** "السنوات الخمس", "الأيام الثلاثة": a definite plural with its definite number after it. */
function definiteCardinal(word: Word): boolean {
  return word.arabic && word.folded.startsWith('ال') && ARABIC_CARDINALS.has(word.folded.slice(2));
}

/** Four digits from 1900 to 2100, in any script: read as a year. */
function isYearLike(raw: string): boolean {
  if (!/^[0-9\u0660-\u0669\u06F0-\u06F9]{4}$/u.test(raw)) return false;
  const western = raw
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
  const value = Number(western);
  return value >= 1900 && value <= 2100;
}

function findCores(index: TextIndex): Core[] {
  const { text, words } = index;
  const cores: Core[] = [];
  const taken = new Set<number>();
  for (const match of digitNumbers(text, index.blockEdges)) {
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + match[0].length] ?? ' ';
    // Inside a hyphenated word (omega-3-rich, COVID-19): part of a name, not a count.
    const beforeHyphen = text[match.index - 2] ?? ' ';
    const afterHyphen = text[match.index + match[0].length + 1] ?? ' ';
    if (
      (before === '-' && /\p{L}/u.test(beforeHyphen)) ||
      (after === '-' &&
        /\p{L}/u.test(afterHyphen) &&
        !hyphenUnitAfter(text, match.index + match[0].length + 1))
    )
      continue;
    // Part of a word or code (A320, v2): not a number a reader counts with. A table cell's figure
    // follows the previous cell's word with nothing between them in the text; "و5", "بـ٤٫٩٪" carry
    // a conjunction or preposition.
    const cellStart = atBlockEdge(index.blockEdges, match.index);
    const glued =
      /[\p{L}\p{M}\u0640]/u.test(before) &&
      GLUED_PROCLITIC.test(text.slice(Math.max(0, match.index - 4), match.index));
    if (/[\p{L}\p{M}\u0640]/u.test(before) && !cellStart && !glued) continue;
    if (
      /[\p{L}]/u.test(after) &&
      !isArabic(after) &&
      !atBlockEdge(index.blockEdges, match.index + match[0].length)
    )
      continue;
    const from = wordAt(words, match.index + (/[$€£¥]/u.test(match[0]) ? 1 : 0));
    const to = wordAt(words, match.index + match[0].replace(/\s?[%\u066A\u2030]$/u, '').length - 1);
    if (from < 0 || to < 0) continue;
    for (let i = from; i <= to; i += 1) taken.add(i);
    // A glued proclitic stays in the fact ("و5 للوحدة"): a highlight never splits a word.
    cores.push({ from, to: to + 1, needsNoun: false });
  }
  words.forEach((word, i) => {
    if (taken.has(i)) return;
    const fraction = englishFractionStart(words, i);
    if (fraction >= 0) {
      cores.push({ from: fraction, to: i + 1, needsNoun: false });
      return;
    }
    if (isHyphenatedNumberWord(word)) {
      cores.push({ from: i, to: i + 1, needsNoun: false });
      return;
    }
    // "one doctor", "one month": a count of one; not "no one", "the one who", "one of the".
    if (word.folded === 'one' && !ENGLISH_ONE_PRONOUN.has(wordOf(words, i - 1).folded)) {
      cores.push({ from: i, to: i + 1, needsNoun: true });
      return;
    }
    // "في الخمسين من عمره": an age.
    if (
      word.arabic &&
      ARABIC_DEFINITE_TENS.test(word.folded) &&
      wordOf(words, i + 1).folded === 'من' &&
      !wordOf(words, i + 1).breakBefore &&
      !wordOf(words, i + 2).breakBefore &&
      ARABIC_AGE.test(wordOf(words, i + 2).folded)
    ) {
      cores.push({ from: i, to: i + 3, needsNoun: false });
      return;
    }
    if (
      inSet(word, ARABIC_MAGNITUDES) ||
      (inSet(word, ENGLISH_MAGNITUDES) && word.folded !== 'm' && word.folded !== 'bn')
    ) {
      cores.push({ from: i, to: i + 1, needsNoun: false });
    } else if (inSet(word, ARABIC_CARDINALS) || inSet(word, ENGLISH_CARDINALS)) {
      cores.push({ from: i, to: i + 1, needsNoun: true });
    } else if (isDual(word)) {
      // محطتين مماثلتين: the dual's adjective agrees with it.
      const next = wordOf(words, i + 1);
      const adjective = !next.breakBefore && next.arabic && FEMININE_DUAL.test(next.folded) ? 1 : 0;
      cores.push({ from: i, to: i + 1 + adjective, needsNoun: false });
    } else if (
      inSet(word, ARABIC_FRACTIONS) &&
      !wordOf(words, i + 1).breakBefore &&
      isArabicFractionTail(wordOf(words, i + 1))
    ) {
      cores.push({ from: i, to: i + 1, needsNoun: true });
    } else if (
      word.arabic &&
      /^(?:نصف|ربع|ثلث)(?:هم|ها|هن|ه)$/u.test(word.forms[word.forms.length - 1] ?? '')
    ) {
      cores.push({ from: i, to: i + 1, needsNoun: false });
    } else if (inSet(word, ARABIC_DEFINITE_FRACTIONS)) {
      cores.push({ from: i, to: i + 1, needsNoun: false });
    } else if (
      definiteCardinal(word) &&
      i > 0 &&
      !word.breakBefore &&
      wordOf(words, i - 1).folded.startsWith('ال')
    ) {
      cores.push({ from: i - 1, to: i + 1, needsNoun: false });
    }
  });
  return cores.sort((a, b) => a.from - b.from);
}

/** Extends a number over its magnitudes, units and counted words; returns the end word index. */
function extendAfter(words: readonly Word[], from: number): { to: number; counted: boolean } {
  let to = from;
  let counted = false;
  const next = (): Word => wordOf(words, to);
  while (
    next() &&
    !next().breakBefore &&
    (inSet(next(), ARABIC_MAGNITUDES) || inSet(next(), ENGLISH_MAGNITUDES))
  )
    to += 1;
  if (next() && !next().breakBefore && inSet(next(), UNIT_WORDS)) {
    to += 1;
    counted = true;
    // per cent, percentage points, degrees Celsius
    if (
      next() &&
      !next().breakBefore &&
      (inSet(next(), UNIT_WORDS) || /^(?:Celsius|Fahrenheit)$/.test(next().raw))
    )
      to += 1;
  } else if (
    next()?.folded === 'في' &&
    inSet(words[to + 1], PERCENT_AFTER_FI) &&
    !wordOf(words, to + 1).breakBefore
  ) {
    to += 2;
    counted = true;
  }
  if (counted) return { to, counted };
  // "86% للهجات المغاربية": for whom the figure stands.
  const forWhom = next();
  if (!forWhom.breakBefore && forWhom.arabic && forWhom.folded.startsWith('لل') && isCountedWord(forWhom)) {
    to += 1;
    const adjective = next();
    if (
      !adjective.breakBefore &&
      adjective.arabic &&
      adjective.folded.startsWith('ال') &&
      isCountedWord(adjective)
    )
      to += 1;
    return { to, counted: true };
  }
  // "من الإرهابيين وعائلاتهم" / "of people": a definite counted group after a preposition.
  const preposition = next();
  if (
    preposition &&
    !preposition.breakBefore &&
    (preposition.folded === 'من' || preposition.folded === 'of')
  ) {
    const group = words[to + 1];
    const definite = group && (group.folded.startsWith('ال') || preposition.folded === 'of');
    if (definite && isCountedWord(group) && !(preposition.folded === 'of' && group.folded === 'the')) {
      to += 2;
      if (group.arabic && words[to]?.folded.startsWith('و') && isCountedWord(words[to])) to += 1;
      return { to, counted: true };
    }
    return { to, counted: false };
  }
  if (isCountedWord(next())) {
    to += 1;
    counted = true;
    // 140 low-cost sensors: a hyphenated English adjective takes the noun after it.
    if (/-/.test(wordOf(words, to - 1).raw) && !wordOf(words, to - 1).arabic && isCountedWord(next()))
      to += 1;
  }
  return { to, counted };
}

/** "نصف هذه القيمة": an Arabic fraction, a demonstrative, and what it divides. */
function fractionOfThis(
  words: readonly Word[],
  core: Core,
  coreTo: number,
): { to: number; counted: boolean } | null {
  if (coreTo !== core.from + 1 || !inSet(wordOf(words, core.from), ARABIC_FRACTIONS)) return null;
  const demonstrative = wordOf(words, coreTo);
  const noun = wordOf(words, coreTo + 1);
  if (demonstrative.breakBefore || !['هذه', 'هذا', 'تلك', 'ذلك'].includes(demonstrative.folded)) return null;
  return isCountedWord(noun) ? { to: coreTo + 2, counted: true } : null;
}

/** Includes a qualifier before the number ("أكثر من", "نحو", "more than", "about"). */
function extendBefore(words: readonly Word[], from: number): number {
  const first = words[from];
  if (!first || first.breakBefore) return from;
  const previous = words[from - 1];
  const beforePrevious = words[from - 2];
  if (!previous) return from;
  // a dozen, a million, more than a dozen
  if (previous.folded === 'a' && inSet(first, ENGLISH_MAGNITUDES) && !previous.breakBefore) {
    const qualified = extendBefore(words, from - 1);
    return qualified < from - 1 ? qualified : from - 1;
  }
  if ((previous.folded === 'من' || previous.folded === 'than') && beforePrevious && !previous.breakBefore) {
    if (
      inSet(beforePrevious, ARABIC_QUALIFIERS) ||
      ['more', 'less', 'fewer'].includes(beforePrevious.folded)
    ) {
      return from - 2;
    }
  }
  if (inSet(previous, ARABIC_QUALIFIERS) || ENGLISH_QUALIFIERS.has(previous.folded)) return from - 1;
  if (previous.folded === 'يقارب' && words[from - 2]?.folded === 'ما') return from - 2;
  if (previous.folded === 'least' && beforePrevious?.folded === 'at') return from - 2;
  if (previous.folded === 'to' && beforePrevious?.folded === 'up') return from - 2;
  return from;
}

export function findNumbers(index: TextIndex): Candidate[] {
  const { words, text } = index;
  const cores = findCores(index);
  const found: Candidate[] = [];
  let lastEnd = -1;
  for (let c = 0; c < cores.length; c += 1) {
    const core = cores[c] as Core;
    if (core.from < lastEnd) continue;
    let coreTo = core.to;
    let standsAlone = false;
    // Adjacent number words and ranges merge into one number: عشرات الآلاف, 10 to 20.
    for (;;) {
      const following = cores[c + 1];
      if (!following) break;
      const joiner = words[coreTo];
      const adjacent = following.from === coreTo && !wordOf(words, following.from).breakBefore;
      const viaWord =
        following.from === coreTo + 1 &&
        joiner &&
        !joiner.breakBefore &&
        RANGE_WORDS.has(joiner.folded) &&
        !wordOf(words, following.from).breakBefore;
      const dash =
        following.from === coreTo && /^[-–]$/.test(wordOf(words, following.from).punctuationBefore);
      // one in five, two in three: a ratio of number words
      const ratio =
        following.from === coreTo + 1 &&
        joiner?.folded === 'in' &&
        !joiner.breakBefore &&
        core.needsNoun &&
        following.needsNoun &&
        !wordOf(words, following.from).breakBefore;
      if (ratio) standsAlone = true;
      if (!adjacent && !viaWord && !dash && !ratio) break;
      coreTo = following.to;
      c += 1;
    }
    // 1 to 5 p.m., 6 p.m.: a clock time is a date's business.
    if (/^\s?[ap]\.m\./iu.test(text.slice(wordOf(words, coreTo - 1).end, wordOf(words, coreTo - 1).end + 6)))
      continue;
    const { to, counted } = fractionOfThis(words, core, coreTo) ?? extendAfter(words, coreTo);
    // "at least three", "about five": a qualifier makes a number word a count on its own.
    if (
      core.needsNoun &&
      !counted &&
      to === core.to &&
      !standsAlone &&
      extendBefore(words, core.from) === core.from
    )
      continue;
    // جدول ١, Table 2: the label of a table or figure.
    if (
      !counted &&
      to === coreTo &&
      coreTo === core.from + 1 &&
      !wordOf(words, core.from).breakBefore &&
      inSet(wordOf(words, core.from - 1), FIGURE_LABELS)
    )
      continue;
    // A year (2025 survey, in 2019) is a date's business, not a count.
    if (coreTo === core.from + 1 && !counted && to === coreTo && isYearLike(wordOf(words, core.from).raw))
      continue;
    if (
      coreTo === core.from + 1 &&
      to === coreTo + 1 &&
      isYearLike(wordOf(words, core.from).raw) &&
      !inSet(wordOf(words, coreTo), UNIT_WORDS)
    )
      continue;
    // "1." or "2)" opening a block is the list's numbering, not a figure.
    const firstWord = wordOf(words, core.from);
    if (
      to === core.to &&
      coreTo === core.from + 1 &&
      firstWord.breakBefore &&
      /^[0-9\u0660-\u0669]{1,2}$/u.test(firstWord.raw)
    ) {
      const next = text[firstWord.end] ?? '';
      const atBlockStart =
        core.from === 0 ||
        crossesBlock(index.blockEdges, wordOf(words, core.from - 1).end - 1, firstWord.start + 1);
      if (/[.):–-]/u.test(next) && atBlockStart) continue;
    }
    const from = extendBefore(words, core.from);
    const first = words[from] as Word;
    const last = words[to - 1] as Word;
    let start = first.start;
    const sign = text[wordOf(words, core.from).start - 1];
    if (from === core.from && sign && /[$€£¥]/u.test(sign)) start -= 1;
    let end = last.end;
    const percent = text.slice(end).match(/^\s?[%\u066A\u2030]/u);
    if (percent && to === coreTo) end += percent[0].length;
    found.push({
      kind: 'number',
      start,
      end,
      coreStart: wordOf(words, core.from).start - (sign && /[$€£¥]/u.test(sign) ? 1 : 0),
      coreEnd: percent && to === coreTo ? end : wordOf(words, coreTo - 1).end,
    });
    lastEnd = to;
  }
  return found;
}
