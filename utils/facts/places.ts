/**
 * Places: the shipped gazetteer of countries, capitals, major cities and regions; Arabic trigger
 * words before a name (مخيم الهول, محافظة نينوى, مدينة دير الزور); English names with a place
 * word (Lake Chad, Orange County); and "in/near/from <Capitalised>" for English towns that no
 * list holds.
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { inHeading, wordOf } from './text-index';
import {
  ARABIC_PLACES,
  ARABIC_PLACE_TRIGGERS,
  ENGLISH_PLACES,
  ENGLISH_PLACE_PREFIXES,
  ENGLISH_PLACE_SUFFIXES,
} from './gazetteer/places';
import { ENGLISH_ORGANIZATIONS, ENGLISH_ORG_SUFFIXES } from './gazetteer/organizations';
import { ENGLISH_TITLES } from './gazetteer/titles';
import { PhraseMatcher } from './phrase-matcher';
import { ARABIC_STOPWORDS, foldAll } from './lexicon';
import { isArabicNameWord, isEnglishNameWord, readEnglishName } from './names';

const GAZETTEER = new PhraseMatcher([...ARABIC_PLACES, ...ENGLISH_PLACES]);
const TRIGGERS = foldAll(ARABIC_PLACE_TRIGGERS);
/** Triggers after which an indefinite word may be the name (مخيم جنين, قرية كفرنبل); the others need ال. */
const NAMING_TRIGGERS = foldAll([
  'منطقة',
  'مخيم',
  'مدينة',
  'محافظة',
  'قرية',
  'بلدة',
  'ولاية',
  'جزيرة',
  'حي',
  'قضاء',
  'ناحية',
  'مقاطعة',
  'إقليم',
  'ساحة',
  'شلالات',
  'جسر',
  'ميدان',
  'واحة',
]);
/** Settlements: a story names the town with its word once (بلدة الشعاب), then bare (أهالي الشعاب). */
const SETTLEMENT_TRIGGERS = foldAll([
  'مخيم',
  'مدينة',
  'محافظة',
  'قرية',
  'بلدة',
  'ولاية',
  'جزيرة',
  'قضاء',
  'ناحية',
  'واحة',
]);
const PREFIXES = new PhraseMatcher(ENGLISH_PLACE_PREFIXES);
const SUFFIXES = new Set(ENGLISH_PLACE_SUFFIXES);
const NOT_PLACES = new PhraseMatcher([...ENGLISH_ORGANIZATIONS, ...ENGLISH_TITLES]);
const ORG_SUFFIXES = new Set(ENGLISH_ORG_SUFFIXES);
const LOCATIVES = new Set(['in', 'near', 'from', 'at', 'outside', 'across']);

function arabicTriggered(index: TextIndex): Candidate[] {
  const { words } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = words[i] as Word;
    if (!word.arabic) continue;
    const trigger = word.forms.find((form) => TRIGGERS.has(form));
    if (!trigger) continue;
    const next = words[i + 1] as Word;
    if (next.breakBefore || !isArabicNameWord(next, 0) || ARABIC_STOPWORDS.has(next.folded)) continue;
    const definite = next.folded.startsWith('ال');
    const known = GAZETTEER.matchAt(words, i + 1);
    if (!definite && !known && !NAMING_TRIGGERS.has(trigger)) continue;
    // A feminine adjective after a feminine place word is a description (مدينة كبيرة), not a name.
    if (!definite && !known && trigger.endsWith('ه') && next.folded.endsWith('ه')) continue;
    let to = known ? known.to : i + 2;
    // مدينة دير الزور: an indefinite first word takes one definite word after it.
    if (
      !known &&
      !definite &&
      words[to] &&
      !wordOf(words, to).breakBefore &&
      wordOf(words, to).folded.startsWith('ال') &&
      !/(?:ي|يه)$/.test(wordOf(words, to).folded)
    )
      to += 1;
    found.push({
      kind: 'place',
      start: word.start,
      end: wordOf(words, to - 1).end,
      coreStart: word.start,
      coreEnd: next.end,
    });
    i = to - 1;
  }
  return found;
}

const POSSESSIVE = /['’]s$/u;

function englishPatterns(index: TextIndex): Candidate[] {
  const { words } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (word.arabic) continue;
    const prefix = PREFIXES.matchAt(words, i);
    if (prefix && word.capitalised) {
      const to = readEnglishName(words, prefix.to, 3);
      if (to > prefix.to) {
        found.push({ kind: 'place', start: word.start, end: wordOf(words, to - 1).end });
        i = to - 1;
        continue;
      }
    }
    if (
      SUFFIXES.has(word.raw.replace(POSSESSIVE, '')) &&
      i > 0 &&
      !word.breakBefore &&
      isEnglishNameWord(words[i - 1], 0)
    ) {
      let from = i - 1;
      // "Northfield’s East Flats": the possessive is the owner, not part of the name.
      while (
        from > 0 &&
        !wordOf(words, from).breakBefore &&
        isEnglishNameWord(words[from - 1], 0) &&
        !POSSESSIVE.test(wordOf(words, from - 1).raw) &&
        i - from < 3
      )
        from -= 1;
      found.push({
        kind: 'place',
        start: wordOf(words, from).start,
        end: word.end - (word.raw.match(POSSESSIVE)?.[0].length ?? 0),
      });
      continue;
    }
    // in Kherson, near Aleppo: a capitalised name after a locative, when it is no organisation or title.
    if (
      LOCATIVES.has(word.raw) &&
      words[i + 1] &&
      !wordOf(words, i + 1).breakBefore &&
      !inHeading(index, word)
    ) {
      const to = readEnglishName(words, i + 1, 3);
      if (to === i + 1 || NOT_PLACES.matchAt(words, i + 1) || GAZETTEER.matchAt(words, i + 1)) continue;
      // "in Reed’s words": a possessive is a person's.
      if (words.slice(i + 1, to).some((name) => /['’]s$/u.test(name.raw))) continue;
      if (
        ORG_SUFFIXES.has(wordOf(words, to - 1).raw) ||
        (words[to] && ORG_SUFFIXES.has(wordOf(words, to).raw))
      )
        continue;
      // A name followed by a possessive or more capitals is a person or a title ("in Smith's", "in Foreign Policy").
      if (/^['’]s\b/.test(index.text.slice(wordOf(words, to - 1).end, wordOf(words, to - 1).end + 2)))
        continue;
      found.push({ kind: 'place', start: wordOf(words, i + 1).start, end: wordOf(words, to - 1).end });
      i = to - 1;
    }
  }
  return found;
}

/** A listed English name followed by a capitalised word is part of a longer name (Jordan Lee, Georgia Tech). */
function partOfLongerName(words: readonly Word[], to: number): boolean {
  const next = words[to];
  const last = words[to - 1] as Word;
  return (
    !last.arabic && !!next && !next.breakBefore && next.capitalised && !ENGLISH_STOP_CAPITALS.has(next.raw)
  );
}
const ENGLISH_STOP_CAPITALS = new Set(['I']);

/** Place nouns that, definite and with a describing adjective, name one place: المدينة القديمة. */
const DEFINITE_PLACE_NOUNS = foldAll([
  'المدينة',
  'القصبة',
  'الميناء',
  'المرفأ',
  'الملعب',
  'المنطقة',
  'الطريق',
  'المسجد',
  'السوق',
  'الساحة',
  'الجسر',
  'الشارع',
  'المطار',
  'المخيم',
  'الحي',
  'القلعة',
  'الكورنيش',
  'الجامع',
  'الكنيسة',
  'المرسى',
]);

/** المدينة القديمة, الملعب الأولمبي, المنطقة الصناعية الشمالية, الطريق الدائري الشمالي. */
function definitePlaceNames(index: TextIndex): Candidate[] {
  const { words } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = wordOf(words, i);
    if (!word.arabic || !word.forms.some((form) => DEFINITE_PLACE_NOUNS.has(form))) continue;
    let to = i + 1;
    while (to < words.length && to - i <= 2) {
      const next = wordOf(words, to);
      if (
        next.breakBefore ||
        !next.arabic ||
        ARABIC_STOPWORDS.has(next.folded) ||
        !next.folded.startsWith('ال') ||
        !PLACE_ADJECTIVE.test(next.folded)
      )
        break;
      to += 1;
    }
    if (to === i + 1) continue;
    found.push({
      kind: 'place',
      start: word.start,
      end: wordOf(words, to - 1).end,
      coreStart: word.start,
      coreEnd: wordOf(words, i + 1).end,
    });
    i = to - 1;
  }
  return found;
}
/** Describing adjectives: nisba (الصناعية, الشمالي, الأولمبي) or old/new/great. */
const PLACE_ADJECTIVE = /^ال(?:\S+(?:ي|يه)|قديم|قديمه|جديد|جديده|كبير|كبيره)$/u;

/**
 * Later mentions of a place the text named by a pattern (not the gazetteer, which finds every
 * mention itself): the bare name of a settlement after its word (بلدة الشعاب → الشعاب, or
 * والشعاب; with ب/ل it is as often the common word: بالشعاب المرجانية), and an English place
 * named by its place word (East Flats, Pine Hollow), also in the possessive (East Flats’s).
 */
function laterMentions(index: TextIndex, named: readonly Candidate[]): Candidate[] {
  const { words, text } = index;
  const arabicNames = new Set<string>();
  const englishNames = new Set<string>();
  for (const place of named) {
    const first = wordAt(words, place.start);
    const word = wordOf(words, first);
    if (word.arabic) {
      if (!word.forms.some((form) => SETTLEMENT_TRIGGERS.has(form))) continue;
      const name = wordOf(words, first + 1);
      if (name.folded.length >= 4 && !ARABIC_STOPWORDS.has(name.folded)) arabicNames.add(name.folded);
    } else {
      const name = text.slice(place.start, place.end);
      if (/\s/u.test(name)) englishNames.add(name);
    }
  }
  const found: Candidate[] = [];
  if (arabicNames.size) {
    for (const word of words) {
      const bare = word.folded.startsWith('و') ? word.folded.slice(1) : word.folded;
      if (word.arabic && (arabicNames.has(word.folded) || arabicNames.has(bare)))
        found.push({ kind: 'place', start: word.start, end: word.end });
    }
  }
  for (const name of englishNames) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const after = text[at + name.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(after)) continue;
      found.push({ kind: 'place', start: at, end: at + name.length });
    }
  }
  return found;
}

/** Index of the word that starts at `offset` (or -1). */
function wordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (words[middle] as Word).start;
    if (start < offset) low = middle + 1;
    else if (start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

export function findPlaces(index: TextIndex): Candidate[] {
  const gazetteer = GAZETTEER.findAll(index.words)
    .filter((match) => !partOfLongerName(index.words, match.to))
    .map((match) => ({
      kind: 'place' as const,
      start: wordOf(index.words, match.from).start,
      end: wordOf(index.words, match.to - 1).end,
    }));
  const named = [...arabicTriggered(index), ...englishPatterns(index)];
  return [...gazetteer, ...named, ...definitePlaceNames(index), ...laterMentions(index, named)];
}
