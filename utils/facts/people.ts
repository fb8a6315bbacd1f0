/**
 * People: a name after a title or office (وزير الخارجية العراقي فؤاد حسين, الرئيس ترامب,
 * President Joe Biden, Foreign Minister Hakan Fidan), a name next to a speech verb in English
 * ("said John Smith", "Smith said"), and later mentions of a name already found (حسين after
 * فؤاد حسين). The fact spans title and name; `title` and `name` hold the two parts.
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { inHeading, isAloneInBlock, wordOf } from './text-index';

/** What may stand beside a label in its block: punctuation and spaces, no letters or digits. */
const NO_LETTERS = /^[^\p{L}\p{N}]*$/u;
import { ARABIC_OFFICE_HEADS, ARABIC_TITLES, ENGLISH_LOWER_TITLES, ENGLISH_TITLES } from './gazetteer/titles';
import { ARABIC_PLACES, ENGLISH_PLACES, ENGLISH_PLACE_SUFFIXES } from './gazetteer/places';
import { ARABIC_ORGANIZATIONS, ENGLISH_ORGANIZATIONS, ENGLISH_ORG_SUFFIXES } from './gazetteer/organizations';

const ENGLISH_ORG_SUFFIX_SET = new Set(ENGLISH_ORG_SUFFIXES);
const PLACE_SUFFIX_SET = new Set(ENGLISH_PLACE_SUFFIXES);
import { PhraseMatcher } from './phrase-matcher';
import {
  ARABIC_SPEECH_VERBS,
  ARABIC_STOPWORDS,
  ENGLISH_SPEECH_VERBS,
  fold,
  foldAll,
  isArabic,
} from './lexicon';
import { isArabicNameWord, readArabicName, readEnglishName } from './names';

export interface PersonCandidate extends Candidate {
  kind: 'person';
  /** The name without its title. */
  name: string;
  nameStart: number;
}

const OFFICE_HEADS = foldAll(ARABIC_OFFICE_HEADS);
const STANDALONE_TITLES = foldAll(ARABIC_TITLES);
const ENGLISH_TITLE_MATCHER = new PhraseMatcher(ENGLISH_TITLES);
const ENGLISH_LOWER = new Set(ENGLISH_LOWER_TITLES);
const ABBREVIATED_TITLES = new Set([
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Col',
  'Lt',
  'Maj',
  'Capt',
  'Adm',
  'Prof',
  'Sgt',
  'St',
  'Rev',
  'Hon',
]);
const KNOWN_NOT_PEOPLE = new PhraseMatcher([
  ...ARABIC_PLACES,
  ...ENGLISH_PLACES,
  ...ARABIC_ORGANIZATIONS,
  ...ENGLISH_ORGANIZATIONS,
]);
/** Complements that continue an office: وزير (الخارجية) (والمغتربين), رئيس (مجلس) (الوزراء). */
const OFFICE_CONTINUATIONS = foldAll([
  'مجلس',
  'هيئة',
  'لجنة',
  'حكومة',
  'وزراء',
  'خارجية',
  'دفاع',
  'داخلية',
  'عام',
  'العام',
  'باسم',
  'الأعلى',
  'السابق',
  'الأسبق',
  'الحالي',
]);

function forms(word: Word | undefined): string[] {
  return word ? word.forms : [];
}

function isTitleWord(word: Word | undefined): boolean {
  return forms(word).some((form) => STANDALONE_TITLES.has(form) || OFFICE_HEADS.has(form));
}

/**
 * Reads an Arabic title from word `i`: its head and the complement words (definite words, place
 * names, باسم + organisation) up to the name. Returns the index where the name may start.
 */
function readArabicTitle(words: readonly Word[], i: number): number {
  const head = words[i] as Word;
  const headForms = forms(head);
  const needsComplement =
    headForms.some((form) => OFFICE_HEADS.has(form)) &&
    !headForms.some((form) => STANDALONE_TITLES.has(form));
  let to = i + 1;
  let complements = 0;
  while (to < words.length && complements < 5) {
    const word = words[to] as Word;
    if (word.breakBefore) break;
    const definite = word.folded.startsWith('ال');
    const known = KNOWN_NOT_PEOPLE.matchAt(words, to);
    if (known && !wordOf(words, to).folded.startsWith('و')) {
      to = known.to;
      complements += 1;
      continue;
    }
    if (definite || OFFICE_CONTINUATIONS.has(word.folded) || isTitleWord(word)) {
      if (ARABIC_STOPWORDS.has(word.folded)) break;
      to += 1;
      complements += 1;
      continue;
    }
    // وزير خارجية تركيا: an indefinite construct word right after an office head.
    if (
      needsComplement &&
      complements === 0 &&
      isArabicNameWord(word, 1) &&
      KNOWN_NOT_PEOPLE.matchAt(words, to + 1)
    ) {
      to += 1;
      complements += 1;
      continue;
    }
    break;
  }
  if (needsComplement && complements === 0) return -1;
  return to;
}

function arabicPeople(index: TextIndex): PersonCandidate[] {
  const { words, text } = index;
  const found: PersonCandidate[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (!word.arabic || !isTitleWord(word)) continue;
    const nameStart = readArabicTitle(words, i);
    if (nameStart < 0 || nameStart >= words.length) continue;
    const nameEnd = readArabicName(words, nameStart);
    if (nameEnd <= nameStart || KNOWN_NOT_PEOPLE.matchAt(words, nameStart)) {
      i = Math.max(i, nameStart - 1);
      continue;
    }
    const first = words[nameStart] as Word;
    const last = words[nameEnd - 1] as Word;
    found.push({
      kind: 'person',
      start: word.start,
      end: last.end,
      coreStart: first.start,
      coreEnd: last.end,
      title: text.slice(word.start, wordOf(words, nameStart - 1).end),
      name: text.slice(first.start, last.end),
      nameStart: first.start,
    });
    i = nameEnd - 1;
  }
  return found;
}

/** Capitalised nationality or country words that may stand before an English title ("Iraqi Foreign Minister"). */
function titleQualifierStart(words: readonly Word[], i: number): number {
  let from = i;
  while (from > 0) {
    const previous = words[from - 1] as Word;
    if (
      wordOf(words, from).breakBefore ||
      !previous.capitalised ||
      (previous.sentenceStart && from - 1 !== i - 1)
    )
      break;
    if (
      !/^(?:\p{Lu}\p{Ll}+(?:i|an|ian|ese|ish|ch|ic)|U\.?S|UK|EU|UN|Former|Deputy|Acting|Vice|Senior)$/u.test(
        previous.raw,
      )
    )
      break;
    from -= 1;
  }
  return from;
}

function englishPeople(index: TextIndex): PersonCandidate[] {
  const { words, text } = index;
  const found: PersonCandidate[] = [];
  const push = (titleFrom: number, nameFrom: number, nameTo: number): void => {
    const first = words[nameFrom] as Word;
    // "the Healthy Snacks Survey found": a thing's title, not a person.
    if (words.slice(nameFrom, nameTo).some((word) => THING_WORDS.has(word.raw))) return;
    const last = words[nameTo - 1] as Word;
    const titleStart = wordOf(words, titleFrom).start;
    found.push({
      kind: 'person',
      start: titleStart,
      end: last.end,
      coreStart: first.start,
      coreEnd: last.end,
      ...(titleFrom < nameFrom ? { title: text.slice(titleStart, wordOf(words, nameFrom - 1).end) } : {}),
      name: text.slice(first.start, last.end),
      nameStart: first.start,
    });
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (word.arabic) continue;
    const title = ENGLISH_TITLE_MATCHER.matchAt(words, i);
    const lowerTitle = !title && ENGLISH_LOWER.has(word.raw);
    if (title || lowerTitle) {
      const nameFrom = title ? title.to : i + 1;
      const nameTo = readEnglishName(words, nameFrom);
      // Dr. Alicia Moreno: an abbreviated title's full stop is no break.
      const first = wordOf(words, nameFrom);
      const afterAbbreviation =
        !!title && first.punctuationBefore === '.' && ABBREVIATED_TITLES.has(wordOf(words, nameFrom - 1).raw);
      if (
        nameTo > nameFrom &&
        !KNOWN_NOT_PEOPLE.matchAt(words, nameFrom) &&
        (!first.breakBefore || afterAbbreviation)
      ) {
        push(title ? titleQualifierStart(words, i) : i, nameFrom, nameTo);
        i = nameTo - 1;
      }
      continue;
    }
    // "said John Smith" / "John Smith said": two or three capitalised words next to a speech verb.
    if (ENGLISH_SPEECH_VERBS.has(word.folded)) {
      const nameTo = readEnglishName(words, i + 1, 3);
      if (
        nameTo - (i + 1) >= 2 &&
        !wordOf(words, i + 1).breakBefore &&
        !KNOWN_NOT_PEOPLE.matchAt(words, i + 1)
      ) {
        push(i + 1, i + 1, nameTo);
        i = nameTo - 1;
        continue;
      }
      let from = i;
      while (
        from > 0 &&
        i - from < 3 &&
        !wordOf(words, from).breakBefore &&
        wordOf(words, from - 1).capitalised
      )
        from -= 1;
      if (
        from < i &&
        readEnglishName(words, from, 3) === i &&
        i - from >= 2 &&
        !KNOWN_NOT_PEOPLE.matchAt(words, from)
      ) {
        if (!found.some((person) => person.end >= wordOf(words, from).start)) push(from, from, i);
      }
    }
  }
  return found;
}

/** Later mentions: the full name again, or its last word alone (حسين, Biden). */
function laterMentions(index: TextIndex, people: readonly PersonCandidate[]): PersonCandidate[] {
  const { words } = index;
  const byKey = new Map<string, PersonCandidate>();
  for (const person of people) {
    const nameWords = person.name.split(/\s+/);
    const lastName = nameWords[nameWords.length - 1] ?? '';
    if (nameWords.length >= 2 && lastName.length >= 3)
      byKey.set(isArabic(lastName) ? fold(lastName) : lastName, person);
  }
  const covered = people.map((person) => [person.start, person.end] as const);
  const found: PersonCandidate[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    // Reed’s, Haddad's: the possessive is the same person.
    const keys = word.arabic ? word.forms : [word.raw.replace(/['’]s$/u, '')];
    const person = keys.map((key) => byKey.get(key)).find(Boolean);
    if (!person || covered.some(([start, end]) => word.start < end && word.end > start)) continue;
    // The first name just before makes it the full name again.
    let from = i;
    const nameWords = person.name.split(/\s+/);
    if (nameWords.length >= 2) {
      const firstWords = nameWords.slice(0, -1).length;
      const candidate = i - firstWords;
      if (
        candidate >= 0 &&
        words
          .slice(candidate, i)
          .map((w) => w.raw)
          .join(' ') === nameWords.slice(0, -1).join(' ')
      )
        from = candidate;
    }
    const first = words[from] as Word;
    found.push({
      kind: 'person',
      start: first.start,
      end: word.end,
      coreStart: first.start,
      coreEnd: word.end,
      ...(person.title ? { title: person.title } : {}),
      name: person.name,
      nameStart: first.start,
    });
  }
  return found;
}

/** Indefinite nouns that follow a speech verb without being a name (قال مصدر: …). */
const NOT_SPEAKER_NAMES = foldAll([
  'مصدر',
  'مصادر',
  'شاهد',
  'شهود',
  'بيان',
  'تقرير',
  'مسؤول',
  'مسؤولون',
  'متحدث',
  'ناطق',
  'خبير',
  'خبراء',
  'محللون',
  'سكان',
  'مواطن',
  'مواطنون',
]);

/**
 * وأضاف حسين: ”…” — a speech verb, one to three name words, then a colon before the quote: the
 * words are the speaker's name even when no title introduced them.
 */
function arabicSpeakersBeforeColon(index: TextIndex, known: readonly PersonCandidate[]): PersonCandidate[] {
  const { words, text } = index;
  const found: PersonCandidate[] = [];
  for (let i = 0; i < words.length - 1; i += 1) {
    const verb = wordOf(words, i);
    if (!verb.arabic || !verb.forms.some((form) => ARABIC_SPEECH_VERBS.has(form))) continue;
    const nameEnd = readArabicName(words, i + 1);
    if (nameEnd <= i + 1 || nameEnd - (i + 1) > 3) continue;
    const after = wordOf(words, nameEnd);
    const last = wordOf(words, nameEnd - 1);
    const gap = text.slice(last.end, after.start >= 0 ? after.start : text.length);
    if (!/^\s*:\s*["“”«]/u.test(gap)) continue;
    const first = wordOf(words, i + 1);
    if (NOT_SPEAKER_NAMES.has(first.folded) || isTitleWord(first) || first.breakBefore) continue;
    if (known.some((person) => person.start < last.end && first.start < person.end)) continue;
    const name = text.slice(first.start, last.end);
    found.push({
      kind: 'person',
      start: first.start,
      end: last.end,
      coreStart: first.start,
      coreEnd: last.end,
      name,
      nameStart: first.start,
    });
  }
  return found;
}

/** English words that end a capitalised run as something other than a name. */
/** Capitalised words of titles of things (a survey, a prize, a programme), never of a person's name. */
const THING_WORDS = new Set([
  'Survey',
  'Report',
  'Study',
  'Index',
  'Trends',
  'Trend',
  'Health',
  'Prize',
  'Award',
  'Awards',
  'Festival',
  'Program',
  'Programme',
  'Project',
  'Plan',
  'Act',
  'Bill',
  'Law',
  'Day',
  'Week',
  'Month',
  'Year',
  'Season',
  'Series',
  'Show',
  'Cup',
  'League',
  'Championship',
  'Conference',
  'Summit',
  'Guide',
  'Tips',
  'News',
  'Update',
  'Foods',
  'Food',
  'Eating',
  'Nutrition',
  'Wellness',
  'Fitness',
  'Choices',
  'Portions',
  'Compromise',
  'Deeper',
  'Policy',
  'Strategy',
  'Initiative',
  'Fund',
  'Centre',
  'Center',
  'Road',
  'Street',
  'Avenue',
  'Park',
  'Quarter',
]);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'this', 'that']);
const NOT_NAME_ENDS = new PhraseMatcher([...ENGLISH_ORGANIZATIONS, ...ENGLISH_PLACES]);

/**
 * Two or three capitalised words that read as a name (Layla Haddad, Tom Whitaker): not listed
 * places or organisations, no organisation or place word at the end, not a title; the run stands
 * alone (no capitalised word right before or after it). Sentence starts count when followed by
 * a comma, a verb-like lower-case word or "and".
 */
function englishNamePairs(
  index: TextIndex,
  taken: readonly Candidate[],
  others: readonly Candidate[],
): PersonCandidate[] {
  const notNames = new Set(others.map((fact) => index.text.slice(fact.start, fact.end)));
  const { words, text } = index;
  const found: PersonCandidate[] = [];
  for (let i = 0; i < words.length - 1; i += 1) {
    const first = wordOf(words, i);
    if (first.arabic || !first.capitalised || inHeading(index, first)) continue;
    const previous = wordOf(words, i - 1);
    if (!first.breakBefore && previous.capitalised && !previous.arabic) continue;
    // "the Empty Quarter", "this year’s Crescent Prize": an article or possessive before it names a thing.
    if (!first.breakBefore && (ARTICLES.has(previous.folded) || /['’]s$/u.test(previous.raw))) continue;
    const to = readEnglishName(words, i, 3);
    if (to - i < 2) {
      i = Math.max(i, to - 1);
      continue;
    }
    const after = wordOf(words, to);
    const span = words.slice(i, to);
    const phrase = text.slice(first.start, wordOf(words, to - 1).end);
    const blocked =
      (!after.breakBefore && after.capitalised) ||
      span.some(
        (word) =>
          /^[A-Z]{2,}$/.test(word.raw) ||
          /['’]s$/u.test(word.raw) ||
          THING_WORDS.has(word.raw) ||
          ENGLISH_ORG_SUFFIX_SET.has(word.raw) ||
          PLACE_SUFFIX_SET.has(word.raw),
      ) ||
      KNOWN_NOT_PEOPLE.matchAt(words, i) !== null ||
      NOT_NAME_ENDS.matchAt(words, to - 1) !== null ||
      ENGLISH_TITLE_MATCHER.matchAt(words, i) !== null ||
      notNames.has(phrase) ||
      isAloneInBlock(index, first.start, wordOf(words, to - 1).end, NO_LETTERS) ||
      taken.some((fact) => fact.start < wordOf(words, to - 1).end && first.start < fact.end) ||
      others.some((fact) => fact.start < wordOf(words, to - 1).end && first.start < fact.end);
    if (!blocked) {
      const last = wordOf(words, to - 1);
      found.push({
        kind: 'person',
        start: first.start,
        end: last.end,
        coreStart: first.start,
        coreEnd: last.end,
        name: phrase,
        nameStart: first.start,
      });
    }
    i = to - 1;
  }
  return found;
}

/** `others`: the organisations and places found, which a capitalised pair must not overlap or repeat. */
export function findPeople(index: TextIndex, others: readonly Candidate[] = []): PersonCandidate[] {
  const titledOnly = [...arabicPeople(index), ...englishPeople(index)];
  const titled = [...titledOnly, ...englishNamePairs(index, titledOnly, others)].sort(
    (a, b) => a.start - b.start,
  );
  const mentioned = [...titled, ...laterMentions(index, titled)];
  return [...mentioned, ...arabicSpeakersBeforeColon(index, mentioned)];
}
