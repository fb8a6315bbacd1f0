/**
 * Dates: Arabic month names of both families (يناير… and كانون الثاني…), Hijri months, English
 * dates, weekdays, years with a marker (عام 2024, in 2019), numeric dates, and relative dates
 * (أمس, منذ ساعتين, الأسبوع الماضي, yesterday, two days ago, last week).
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { wordOf } from './text-index';
import { PhraseMatcher } from './phrase-matcher';
import { fold, foldAll } from './lexicon';

const GREGORIAN_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const LEVANTINE_AR = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const HIJRI_AR = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'ربيع الثاني',
  'جمادى الأولى',
  'جمادى الأول',
  'جمادى الآخرة',
  'جمادى الثانية',
  'جمادى الآخر',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذي القعدة',
  'ذو الحجة',
  'ذي الحجة',
];
const ENGLISH_MONTHS = [
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
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
/** Month names that are also common words (مارس "practised", صفر "zero", May, March): a day or year must go with them. */
const AMBIGUOUS_MONTHS = foldAll([
  'مارس',
  'صفر',
  'رجب',
  'آب',
  'شعبان',
  'رمضان',
  'may',
  'march',
  'jan',
  'mar',
  'may',
  'jun',
  'sep',
  'oct',
  'nov',
  'dec',
  'feb',
  'apr',
  'aug',
  'jul',
]);

const ENGLISH_MONTH_MODIFIERS = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'since', 'until']);

const MONTHS = new PhraseMatcher([...GREGORIAN_AR, ...LEVANTINE_AR, ...HIJRI_AR, ...ENGLISH_MONTHS]);

const ARABIC_WEEKDAYS = foldAll([
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
]);
const ENGLISH_WEEKDAYS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
/** Weekdays that are also words (الاثنين "the two", الجمعة "Friday prayer", الأحد "the one"): need يوم or a date next to them. */
const AMBIGUOUS_WEEKDAYS = foldAll(['الاثنين', 'الإثنين', 'الأحد', 'الجمعة']);

/** Words that make the next year a date: عام 2024, in 2019. */
const YEAR_MARKERS = foldAll([
  'عام',
  'سنة',
  'العام',
  'in',
  'since',
  'by',
  'until',
  'from',
  'during',
  'of',
  'early',
  'late',
  'mid',
]);
/** Time units for "منذ ساعتين", "قبل ثلاثة أيام", "two days ago". */
const ARABIC_TIME_UNITS = foldAll([
  'ساعة',
  'ساعتين',
  'ساعات',
  'دقيقة',
  'دقيقتين',
  'دقائق',
  'يوم',
  'يومين',
  'أيام',
  'أسبوع',
  'أسبوعين',
  'أسابيع',
  'شهر',
  'شهرين',
  'أشهر',
  'شهور',
  'سنة',
  'سنتين',
  'سنوات',
  'سنين',
  'عام',
  'عامين',
  'أعوام',
  'عقد',
  'عقدين',
  'عقود',
  'قرن',
  'قرون',
  'يوما',
  'شهرا',
  'عاما',
]);
const ENGLISH_TIME_UNITS = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
]);
/** Relative days on their own. */
const ARABIC_RELATIVE = foldAll(['أمس', 'البارحة', 'غدا', 'غداً', 'الأمس']);
const ENGLISH_RELATIVE = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
/** "الأسبوع الماضي", "العام المقبل". */
const ARABIC_PERIODS = foldAll([
  'الأسبوع',
  'الشهر',
  'العام',
  'السنة',
  'الأسابيع',
  'الأشهر',
  'الأعوام',
  'السنوات',
  'الأيام',
  'الساعات',
  'الليالي',
  'الشهور',
  'العقود',
]);
const ARABIC_PERIOD_QUALIFIERS = foldAll([
  'الماضي',
  'الماضية',
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة',
  'الجاري',
  'الجارية',
  'الحالي',
  'الحالية',
  'المنصرم',
  'المنصرمة',
  'الفائت',
]);
const ARABIC_DAY_PARTS = foldAll([
  'صباح',
  'مساء',
  'ظهر',
  'فجر',
  'ليلة',
  'ليل',
  'عصر',
  'يوم',
  'صباحا',
  'مساء',
]);
const ENGLISH_PERIODS = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'morning',
  'night',
  'evening',
  'afternoon',
  'decade',
  'century',
]);

const DIGITS = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/;
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}])(?:[0-9\u0660-\u0669]{4}[-/.][0-9\u0660-\u0669]{1,2}[-/.][0-9\u0660-\u0669]{1,2}|[0-9\u0660-\u0669]{1,2}[/.][0-9\u0660-\u0669]{1,2}[/.][0-9\u0660-\u0669]{2,4})(?![\p{L}\p{N}])/gu;

function toWestern(digits: string): string {
  return digits
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function isDay(word: Word | undefined): boolean {
  if (!word || !DIGITS.test(word.raw)) return false;
  const value = Number(toWestern(word.raw));
  return value >= 1 && value <= 31;
}

function isYear(word: Word | undefined): boolean {
  if (!word || !DIGITS.test(word.raw) || word.raw.length !== 4) return false;
  const value = Number(toWestern(word.raw));
  return value >= 1000 && value <= 2200;
}

function base(word: Word | undefined): string[] {
  if (!word) return [];
  return word.arabic ? word.forms : [word.folded];
}

/** A small count, also with the article that agrees with a defined noun (السنوات الثلاث). */
function isCountWord(word: Word | undefined): boolean {
  if (!word) return false;
  if (has(word, SMALL_NUMBER_WORDS)) return true;
  return word.arabic && word.folded.startsWith('ال') && SMALL_NUMBER_WORDS.has(word.folded.slice(2));
}

/** An English word without its possessive: "this year’s prize" is a date too. */
function withoutPossessive(folded: string | undefined): string {
  return (folded ?? '').replace(/['’]s$/, '');
}

/** "on Sundays": a weekday in the plural is still the day. */
function isEnglishWeekday(raw: string): boolean {
  return ENGLISH_WEEKDAYS.has(raw) || (raw.endsWith('s') && ENGLISH_WEEKDAYS.has(raw.slice(0, -1)));
}

function has(word: Word | undefined, set: ReadonlySet<string>): boolean {
  return base(word).some((form) => set.has(form));
}

/** A small number in digits or words, for "منذ 3 أيام", "two days ago". */
const SMALL_NUMBER_WORDS = foldAll([
  'ثلاثة',
  'ثلاث',
  'أربعة',
  'أربع',
  'خمسة',
  'خمس',
  'ستة',
  'ست',
  'سبعة',
  'سبع',
  'ثمانية',
  'تسعة',
  'عشرة',
  'عشر',
  'عشرين',
  'ثلاثين',
  'أربعين',
  'خمسين',
  'ستين',
  'سبعين',
  'ثمانين',
  'تسعين',
  'عشرات',
  'بضعة',
  'بضع',
  'عدة',
  'القليلة',
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'few',
  'several',
  'many',
  'some',
]);

/** Folded forms of the words compared below, folded once. */
const FOLDED = {
  F0: fold('أكثر'),
  F1: fold('أمس'),
  F2: fold('أول'),
  F3: fold('الثانية'),
  F4: fold('الجديد'),
  F5: fold('الحادية'),
  F6: fold('الدراسي'),
  F7: fold('الربع'),
  F8: fold('الليلة'),
  F9: fold('عشرة'),
  F10: fold('منتصف'),
} as const;

const RELATIVE_PREPOSITIONS = foldAll(['منذ', 'قبل', 'بعد']);
/** After بعد only longer spans are a date (بعد ثلاثة أشهر); بعد أربع دقائق follows an event. */
const LONG_TIME_UNITS = foldAll([
  'أسبوع',
  'أسبوعين',
  'أسابيع',
  'شهر',
  'شهرين',
  'أشهر',
  'شهور',
  'سنة',
  'سنتين',
  'سنوات',
  'عام',
  'عامين',
  'أعوام',
  'عاما',
  'شهرا',
  'عقد',
  'عقدين',
  'عقود',
]);
const DURATION_QUALIFIERS = foldAll(['نحو', 'حوالي', 'قرابة', 'زهاء']);
/** Hours as Arabic says them: العاشرة مساءً, الحادية عشرة ليلاً. */
const ARABIC_HOURS = foldAll([
  'الواحدة',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
  'العاشرة',
  'الحادية',
]);
const ARABIC_TIME_OF_DAY = foldAll([
  'صباحا',
  'صباحاً',
  'مساء',
  'مساءً',
  'ليلا',
  'ليلاً',
  'ظهرا',
  'ظهراً',
  'عصرا',
  'عصراً',
  'فجرا',
  'فجراً',
  'ظهر',
  'فجر',
]);
/** Words that make the next period or date a point in time: نهاية العام, مطلع الشهر, هذا العام. */
const ARABIC_PERIOD_EDGES = foldAll([
  'نهاية',
  'بداية',
  'مطلع',
  'منتصف',
  'أواخر',
  'أوائل',
  'أواسط',
  'طوال',
  'مدار',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
]);
const ARABIC_SINGLE_PERIODS = foldAll([
  'العام',
  'الشهر',
  'الأسبوع',
  'السنة',
  'الموسم',
  'المساء',
  'الصباح',
  'الليلة',
  'اليوم',
  'الليل',
  'النهار',
  'القرن',
  'العقد',
]);
/** Periods that take المقبل/الماضي after them (العام المقبل, الموسم المقبل). */
const ARABIC_QUALIFIED_PERIODS = foldAll(['العام', 'الشهر', 'الأسبوع', 'السنة', 'الموسم', 'القرن', 'العقد']);
const ARABIC_ORDINALS = foldAll([
  'الأول',
  'الأولى',
  'الثاني',
  'الثانية',
  'الثالث',
  'الثالثة',
  'الرابع',
  'الرابعة',
  'الأخير',
  'الأخيرة',
]);
const ARABIC_CENTURY_ORDINALS = foldAll([
  'الماضي',
  'الحالي',
  'العشرين',
  'الحادي',
  'التاسع',
  'الثامن',
  'السابع',
  'الثامن عشر',
  'الحادي والعشرين',
]);

/**
 * Times of day and points in a period: العاشرة مساءً, بين الثانية والخامسة عصراً, منتصف الليل,
 * مساء الجمعة, نهاية العام, بنهاية 2025, هذا العام, الربع الثاني, أربعينيات القرن الماضي,
 * القرن الحادي والعشرين, and اليوم (today) when it is not "day one".
 */
/** Words that can start one of the rules below; every other word is skipped at once. */
const TIME_OF_DAY_STARTS = new Set([
  ...ARABIC_HOURS,
  ...ARABIC_DAY_PARTS,
  ...ARABIC_PERIOD_EDGES,
  ...ARABIC_QUALIFIED_PERIODS,
  fold('منتصف'),
  'اليوم',
  'الربع',
  'القرن',
  fold('الليلة'),
]);

function arabicTimesOfDay(words: readonly Word[]): Candidate[] {
  const found: Candidate[] = [];
  const joined = (i: number): boolean => !!words[i] && !wordOf(words, i).breakBefore;
  const push = (from: number, to: number): void => {
    found.push({ kind: 'date', start: wordOf(words, from).start, end: wordOf(words, to - 1).end });
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = wordOf(words, i);
    if (!word.arabic) continue;
    if (!word.forms.some((form) => TIME_OF_DAY_STARTS.has(form)) && !word.folded.endsWith('ينيات')) continue;
    // العاشرة مساءً, الحادية عشرة ليلاً, الثانية والخامسة عصراً
    if (has(word, ARABIC_HOURS)) {
      let to = i + 1;
      if (
        word.forms.includes(FOLDED.F5) ||
        (word.forms.includes(FOLDED.F3) && words[to]?.folded === FOLDED.F9)
      ) {
        if (words[to]?.folded === FOLDED.F9 && joined(to)) to += 1;
      }
      if (words[to] && joined(to) && wordOf(words, to).folded.startsWith('و') && has(words[to], ARABIC_HOURS))
        to += 1;
      if (has(words[to], ARABIC_TIME_OF_DAY) && joined(to)) {
        push(i, to + 1);
        i = to;
      }
      continue;
    }
    // منتصف الليل
    if (
      word.forms.includes(FOLDED.F10) &&
      ['الليل', 'النهار'].includes(wordOf(words, i + 1).folded) &&
      joined(i + 1)
    ) {
      push(i, i + 2);
      i += 1;
      continue;
    }
    // مساء الجمعة, فجر الثلاثاء, ليلة الاثنين, اليوم الأحد
    if (
      (has(word, ARABIC_DAY_PARTS) || word.folded === 'اليوم') &&
      has(words[i + 1], ARABIC_WEEKDAYS) &&
      joined(i + 1)
    ) {
      push(i, i + 2);
      i += 1;
      continue;
    }
    // نهاية العام, بنهاية 2025, هذا العام, طوال العام, ذلك المساء
    if (has(word, ARABIC_PERIOD_EDGES) && joined(i + 1)) {
      const next = words[i + 1];
      if (has(next, ARABIC_SINGLE_PERIODS) || isYear(next)) {
        let to = i + 2;
        if (has(words[to], ARABIC_PERIOD_QUALIFIERS) && joined(to)) to += 1;
        push(i, to);
        i = to - 1;
        continue;
      }
    }
    // العام الدراسي المقبل, الموسم المقبل
    if (has(word, ARABIC_QUALIFIED_PERIODS) && joined(i + 1)) {
      let to = i + 1;
      if (wordOf(words, to).folded === FOLDED.F6 || wordOf(words, to).folded === FOLDED.F4) to += 1;
      if (has(words[to], ARABIC_PERIOD_QUALIFIERS) && joined(to)) {
        push(i, to + 1);
        i = to;
        continue;
      }
    }
    // الربع الثاني (of the year)
    if (word.forms.includes(FOLDED.F7) && has(words[i + 1], ARABIC_ORDINALS) && joined(i + 1)) {
      push(i, i + 2);
      i += 1;
      continue;
    }
    // أربعينيات القرن الماضي, الستينيات
    if (
      /ينيات$/.test(word.folded) &&
      !(wordOf(words, i + 1).folded === 'من' && /^عمر/.test(wordOf(words, i + 2).folded))
    ) {
      let to = i + 1;
      if (wordOf(words, to).folded === 'القرن' && joined(to) && has(words[to + 1], ARABIC_CENTURY_ORDINALS))
        to += 2;
      push(i, to);
      i = to - 1;
      continue;
    }
    // القرن الماضي, القرن الحادي والعشرين
    if (word.forms.includes('القرن') && has(words[i + 1], ARABIC_CENTURY_ORDINALS) && joined(i + 1)) {
      let to = i + 2;
      if (wordOf(words, to).folded.startsWith('وال') && joined(to)) to += 1;
      push(i, to);
      i = to - 1;
      continue;
    }
    // الليلة (tonight)
    if (word.folded === FOLDED.F8 && !has(words[i + 1], ARABIC_ORDINALS)) push(i, i + 1);
  }
  return found;
}

/** Words that can start one of the rules of `findDates` (month names are checked by their matcher). */
const DATE_STARTS = new Set([
  ...ARABIC_WEEKDAYS,
  ...ARABIC_RELATIVE,
  ...ENGLISH_RELATIVE,
  ...ARABIC_PERIODS,
  ...RELATIVE_PREPOSITIONS,
  ...ENGLISH_TIME_UNITS,
  ...ARABIC_DAY_PARTS,
  'اليوم',
  'last',
  'next',
  'this',
  'past',
]);
const MONTH_FIRST_WORDS = new Set(
  [...GREGORIAN_AR, ...LEVANTINE_AR, ...HIJRI_AR].map((month) => fold(month.split(' ')[0] as string)),
);

function startsADate(word: Word): boolean {
  if (word.capitalised || /^\p{N}/u.test(word.raw)) return true;
  return word.forms.some((form) => DATE_STARTS.has(form) || MONTH_FIRST_WORDS.has(form));
}

export function findDates(index: TextIndex): Candidate[] {
  const { words, text } = index;
  const found: Candidate[] = [];
  const push = (from: number, to: number): void => {
    const first = words[from];
    const last = words[to - 1];
    if (first && last) found.push({ kind: 'date', start: first.start, end: last.end });
  };
  /** A date that counts (منذ ثلاثين عاماً): the count inside is a number fact too. */
  const pushCount = (from: number, to: number): void => {
    push(from, to);
    const date = found[found.length - 1];
    if (date) date.holdsCount = true;
  };
  const joined = (i: number): boolean => !!words[i] && !wordOf(words, i).breakBefore;
  const joinedOrComma = (i: number): boolean =>
    !!words[i] && (!wordOf(words, i).breakBefore || /^[,،]$/.test(wordOf(words, i).punctuationBefore));

  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (!startsADate(word)) continue;
    const month = MONTHS.matchAt(words, i);
    if (month && (word.arabic || word.capitalised)) {
      let from = i;
      let to = month.to;
      if (isDay(words[i - 1]) && joined(i)) from = i - 1;
      // May 5, 2024 / 5 May 2024 / آب 2024 / 15 رمضان 1445 هـ
      // "Feb. 8, 2024": the abbreviation's full stop does not end the date.
      const abbreviated =
        !word.arabic && words[to]?.punctuationBefore === '.' && month.to === i + 1 && word.raw.length <= 4;
      if (isDay(words[to]) && (joined(to) || abbreviated) && !isYear(words[to])) to += 1;
      if (isYear(words[to]) && joinedOrComma(to)) to += 1;
      if (from === i && to === month.to && has(word, AMBIGUOUS_MONTHS)) {
        const named =
          joined(i) &&
          (words[i - 1]?.folded === 'شهر' ||
            (!word.arabic &&
              (ENGLISH_MONTH_MODIFIERS.has(words[i - 1]?.folded ?? '') || words[i - 1]?.folded === 'in')));
        if (!named) continue;
      }
      if (words[to] && joined(to) && ['هـ', 'ه', 'م'].includes(wordOf(words, to).raw)) to += 1;
      // A weekday before it: الخميس 15 أغسطس, Monday, May 5
      // last July, next March, early May
      const before = words[i - 1]?.folded ?? '';
      if (
        from === i &&
        !word.arabic &&
        ENGLISH_MONTH_MODIFIERS.has(before) &&
        !['since', 'until'].includes(before) &&
        joined(i)
      )
        from = i - 1;
      const weekdayAt = from - 1;
      if (
        weekdayAt >= 0 &&
        (has(words[weekdayAt], ARABIC_WEEKDAYS) || ENGLISH_WEEKDAYS.has(wordOf(words, weekdayAt).raw)) &&
        joinedOrComma(from)
      )
        from = weekdayAt;
      if (from > 0 && words[from - 1]?.folded === 'يوم' && joined(from)) from -= 1;
      push(from, to);
      i = to - 1;
      continue;
    }
    // Weekdays: يوم الخميس, الخميس الماضي, on Monday
    if (has(word, ARABIC_WEEKDAYS) || isEnglishWeekday(word.raw)) {
      const afterDay = has(words[i - 1], foldAll(['يوم'])) && joined(i);
      let to = i + 1;
      if (has(words[to], ARABIC_PERIOD_QUALIFIERS) && joined(to)) to += 1;
      if (!afterDay && to === i + 1 && has(word, AMBIGUOUS_WEEKDAYS)) continue;
      push(afterDay ? i - 1 : i, to);
      i = to - 1;
      continue;
    }
    // Years with a marker: عام 2024, in 2019
    if (isYear(word) && i > 0 && has(words[i - 1], YEAR_MARKERS) && joined(i)) {
      const markerIsArabic = wordOf(words, i - 1).arabic;
      let to = i + 1;
      if (words[to] && joined(to) && ['هـ', 'م'].includes(wordOf(words, to).raw)) to += 1;
      push(markerIsArabic ? i - 1 : i, to);
      continue;
    }
    // Relative: أمس, مساء أمس, اليوم with a day part, yesterday
    if (has(word, ARABIC_RELATIVE) || ENGLISH_RELATIVE.has(word.folded)) {
      let from = i;
      if (has(words[i - 1], ARABIC_DAY_PARTS) && joined(i)) from = i - 1;
      if (word.folded === FOLDED.F1 && words[i - 1]?.folded === FOLDED.F2 && joined(i)) from = i - 1;
      push(from, i + 1);
      continue;
    }
    if (word.folded === 'اليوم' && has(words[i - 1], ARABIC_DAY_PARTS) && joined(i)) {
      push(i - 1, i + 1);
      continue;
    }
    // الأسبوع الماضي, العام المقبل
    if (has(word, ARABIC_PERIODS) && has(words[i + 1], ARABIC_PERIOD_QUALIFIERS) && joined(i + 1)) {
      push(i, i + 2);
      i += 1;
      continue;
    }
    // السنوات الخمس الماضية, الأشهر الستة المقبلة, الليالي القليلة المقبلة
    if (
      has(word, ARABIC_PERIODS) &&
      isCountWord(words[i + 1]) &&
      joined(i + 1) &&
      has(words[i + 2], ARABIC_PERIOD_QUALIFIERS) &&
      joined(i + 2)
    ) {
      pushCount(i, i + 3);
      i += 2;
      continue;
    }
    // last week, next month, this year, earlier this month
    if (
      ['last', 'next', 'this', 'past'].includes(word.folded) &&
      ENGLISH_PERIODS.has(withoutPossessive(words[i + 1]?.folded)) &&
      joined(i + 1)
    ) {
      const from = ['earlier', 'later'].includes(words[i - 1]?.folded ?? '') && joined(i) ? i - 1 : i;
      push(from, i + 2);
      i += 1;
      continue;
    }
    // منذ ساعتين, منذ 3 أيام, قبل أسبوع, بعد ثلاثة أشهر, منذ أكثر من قرن
    if (RELATIVE_PREPOSITIONS.has(word.folded) && joined(i + 1)) {
      let at = i + 1;
      if (words[at]?.folded === FOLDED.F0 && words[at + 1]?.folded === 'من' && joined(at + 1)) at += 2;
      else if (has(words[at], DURATION_QUALIFIERS)) at += 1;
      let to = -1;
      if (has(words[at], ARABIC_TIME_UNITS)) to = at + 1;
      else {
        const amount = words[at];
        if (
          amount &&
          (DIGITS.test(amount.raw) || has(amount, SMALL_NUMBER_WORDS)) &&
          has(words[at + 1], ARABIC_TIME_UNITS) &&
          joined(at + 1)
        )
          to = at + 2;
      }
      // "قبل ساعتين من صافرة البداية": a time before another event, not before now.
      if (to > 0 && word.folded !== 'منذ' && words[to]?.folded === 'من' && joined(to)) to = -1;
      // بعد: only longer spans, and not distance (على بعد).
      if (
        to > 0 &&
        word.folded === 'بعد' &&
        (!has(words[to - 1], LONG_TIME_UNITS) || wordOf(words, i - 1).folded === 'على')
      )
        to = -1;
      if (to > 0) {
        pushCount(i, to);
        i = to - 1;
        continue;
      }
    }
    // two days ago, 3 years ago
    if (ENGLISH_TIME_UNITS.has(word.folded) && words[i + 1]?.folded === 'ago' && joined(i + 1)) {
      const amount = words[i - 1];
      if (amount && joined(i) && (DIGITS.test(amount.raw) || SMALL_NUMBER_WORDS.has(amount.folded))) {
        push(i - 1, i + 2);
        i += 1;
      }
    }
  }
  found.push(...arabicTimesOfDay(words));
  for (const match of text.matchAll(NUMERIC_DATE)) {
    found.push({ kind: 'date', start: match.index, end: match.index + match[0].length });
  }
  return found;
}
