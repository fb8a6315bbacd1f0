/**
 * Organisations: the shipped gazetteer (الأمم المتحدة, حماس, NATO…), Arabic trigger words with
 * their complement (وزارة الخارجية العراقية, تنظيم الدولة (داعش), التحالف الدولي, حزب الله),
 * English names ending in an organisation word (Foreign Ministry, Acme Inc, Labour Party) or
 * starting with one (Ministry of Defence, University of Oxford), a capitalised name followed by
 * its acronym in parentheses, and acronyms the source marks with <abbr>.
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { isAloneInBlock, wordOf } from './text-index';
import {
  ARABIC_ORGANIZATIONS,
  ARABIC_ORG_TRIGGERS,
  ENGLISH_ORGANIZATIONS,
  ENGLISH_ORG_PREFIXES,
  ENGLISH_ORG_SUFFIXES,
} from './gazetteer/organizations';
import { ARABIC_PLACES, ENGLISH_PLACES } from './gazetteer/places';
import { PhraseMatcher } from './phrase-matcher';
import { ARABIC_STOPWORDS, ENGLISH_STOPWORDS, foldAll } from './lexicon';

const GAZETTEER = new PhraseMatcher([...ARABIC_ORGANIZATIONS, ...ENGLISH_ORGANIZATIONS]);
const PLACES = new PhraseMatcher([...ARABIC_PLACES, ...ENGLISH_PLACES]);
const TRIGGERS = foldAll(ARABIC_ORG_TRIGGERS);
const SUFFIXES = new Set(ENGLISH_ORG_SUFFIXES.map((suffix) => suffix.replace(/\.$/, '')));
const PREFIXES = new PhraseMatcher(ENGLISH_ORG_PREFIXES);
/** Lower-case words allowed inside an English name: "Ministry of Foreign Affairs", "Bank for …". */
const ENGLISH_INNER = new Set(['of', 'for', 'and', 'the', 'on', '&']);
/** Longest complement after an Arabic trigger. */
const MAX_COMPLEMENT = 3;

function isTrigger(word: Word): boolean {
  return word.forms.some((form) => TRIGGERS.has(form));
}

function parenthesisedAfter(index: TextIndex, to: number): number {
  const { words, text } = index;
  const open = words[to];
  if (!open || open.punctuationBefore !== '(') return to;
  let end = to;
  while (end < words.length && end - to < 4 && (end === to || !wordOf(words, end).breakBefore)) end += 1;
  const after = text.slice(wordOf(words, end - 1).end).match(/^\s*\)/);
  return after ? end : to;
}

/** Definite, or "for the" (للثروة = ل + الثروة): a word that continues a construct name. */
function isDefinite(word: Word): boolean {
  return word.folded.startsWith('ال') || word.folded.startsWith('لل');
}

/**
 * The complement of an Arabic trigger: definite words (وزارة الخارجية), construct chains that end in
 * one (جمعية حماية المستهلك, هيئة تشغيل الشبكة), one و-joined definite word (عمادة القبول
 * والتسجيل), listed names; returns one past its last word (the trigger's index + 1 when none).
 */
function readComplement(words: readonly Word[], from: number): number {
  // A definite trigger (الجامعة) heads no construct: what follows is an adjective or the verb
  // of a sentence ("الجامعة استقبلت العام الماضي"), never its indefinite partner.
  const definiteTrigger = wordOf(words, from - 1).folded.startsWith('ال');
  let to = from;
  let complements = 0;
  while (to < words.length && complements < MAX_COMPLEMENT) {
    const next = wordOf(words, to);
    if (next.breakBefore || !next.arabic || ARABIC_STOPWORDS.has(next.folded)) break;
    const known = GAZETTEER.matchAt(words, to) ?? PLACES.matchAt(words, to);
    if (known && !next.folded.startsWith('و')) {
      to = known.to;
      complements += known.to - known.from;
      continue;
    }
    if (isDefinite(next)) {
      to += 1;
      complements += 1;
      continue;
    }
    if (complements > 0 && next.folded.startsWith('وال') && !wordOf(words, to + 1).folded.startsWith('ال')) {
      to += 1;
      break;
    }
    // An indefinite construct word counts only when a definite one follows it (شركة مياه الساحل).
    const after = wordOf(words, to + 1);
    // A construct noun never carries the accusative tanween (ركناً), and its partner takes ال.
    if (
      complements === 0 &&
      !definiteTrigger &&
      !next.folded.startsWith('و') &&
      !next.folded.endsWith('ا') &&
      !after.breakBefore &&
      after.arabic &&
      after.folded.startsWith('ال') &&
      !ARABIC_STOPWORDS.has(after.folded)
    ) {
      to += 2;
      complements += 2;
      continue;
    }
    break;
  }
  return to;
}

/** شركة Siraj Analytics, صندوق Desert Peak Ventures: an Arabic trigger before a Latin name. */
function latinNameAfter(words: readonly Word[], from: number): number {
  let to = from;
  while (to < words.length && to - from < 4) {
    const word = wordOf(words, to);
    if (word.arabic || !word.capitalised || (to > from && word.breakBefore)) break;
    to += 1;
  }
  return to;
}

function arabicTriggered(index: TextIndex): Candidate[] {
  const { words, text } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (!word.arabic || !isTrigger(word)) continue;
    const latinEnd = latinNameAfter(words, i + 1);
    if (latinEnd > i + 1 && !wordOf(words, i + 1).breakBefore) {
      found.push({
        kind: 'organization',
        start: word.start,
        end: wordOf(words, latinEnd - 1).end,
        coreStart: word.start,
        coreEnd: wordOf(words, latinEnd - 1).end,
      });
      i = latinEnd - 1;
      continue;
    }
    const to = readComplement(words, i + 1);
    if (to === i + 1) continue;
    const closed = parenthesisedAfter(index, to);
    const last = words[closed - 1] as Word;
    const end = closed > to ? text.indexOf(')', last.end) + 1 : last.end;
    found.push({
      kind: 'organization',
      start: word.start,
      end,
      coreStart: word.start,
      coreEnd: wordOf(words, i + 1).end,
    });
    i = closed - 1;
  }
  return found;
}

function isCapitalisedNamePart(word: Word | undefined): word is Word {
  return (
    !!word &&
    !word.arabic &&
    (word.capitalised || /^\d/.test(word.raw)) &&
    !ENGLISH_STOPWORDS.has(word.folded)
  );
}

function englishPatterns(index: TextIndex): Candidate[] {
  const { words, text } = index;
  const found: Candidate[] = [];
  const push = (from: number, to: number): void => {
    found.push({ kind: 'organization', start: wordOf(words, from).start, end: wordOf(words, to - 1).end });
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (word.arabic) continue;
    // Ministry of Foreign Affairs, University of Oxford
    const prefix = PREFIXES.matchAt(words, i);
    if (prefix) {
      let to = prefix.to;
      while (
        to < words.length &&
        !wordOf(words, to).breakBefore &&
        (isCapitalisedNamePart(words[to]) ||
          (ENGLISH_INNER.has(wordOf(words, to).folded) && isCapitalisedNamePart(words[to + 1])))
      )
        to += 1;
      if (to > prefix.to) {
        push(i, to);
        i = to - 1;
      }
      continue;
    }
    // Foreign Ministry, Acme Inc, Syrian Democratic Forces
    if (word.capitalised && SUFFIXES.has(word.raw) && i > 0 && !word.breakBefore) {
      let from = i;
      while (
        from > 0 &&
        !wordOf(words, from).breakBefore &&
        isCapitalisedNamePart(words[from - 1]) &&
        i - from < 5
      )
        from -= 1;
      // A sentence's first word is capitalised anyway: keep it only when more name follows.
      if (from < i) {
        let to = i + 1;
        while (
          to < words.length &&
          !wordOf(words, to).breakBefore &&
          wordOf(words, to).folded === 'of' &&
          isCapitalisedNamePart(words[to + 1])
        )
          to += 2;
        const closed = parenthesisedAfter(index, to);
        const end =
          closed > to ? text.indexOf(')', wordOf(words, closed - 1).end) + 1 : wordOf(words, to - 1).end;
        found.push({
          kind: 'organization',
          start: wordOf(words, from).start,
          end,
          coreStart: wordOf(words, from).start,
          coreEnd: wordOf(words, i).end,
        });
        i = closed - 1;
      }
      continue;
    }
    // A capitalised name followed by its acronym: Syrian Observatory for Human Rights (SOHR)
    const next = wordOf(words, i + 1);
    if (
      /^[A-Z]{2,6}$/.test(next.raw) &&
      next.punctuationBefore === '(' &&
      isCapitalisedNamePart(word) &&
      !PLACES.hasWord(next)
    ) {
      let from = i;
      while (
        from > 0 &&
        !wordOf(words, from).breakBefore &&
        (isCapitalisedNamePart(words[from - 1]) ||
          (ENGLISH_INNER.has(wordOf(words, from - 1).folded) && isCapitalisedNamePart(words[from - 2]))) &&
        i - from < 6
      )
        from -= 1;
      if (i > from || next.raw.length <= i - from + 1) {
        const end = text.indexOf(')', next.end) + 1;
        found.push({
          kind: 'organization',
          start: wordOf(words, from).start,
          end,
          coreStart: wordOf(words, from).start,
          coreEnd: word.end,
        });
        i += 1;
      }
    }
  }
  return found;
}

/** <abbr> the source marks, when it is an acronym that is not a place (UN, WHO, NATO). */
function markedAcronyms(index: TextIndex): Candidate[] {
  return index.marked
    .filter((span) => span.tag === 'ABBR')
    .filter((span) => /^[A-Z][A-Z.&]{1,9}$/.test(index.text.slice(span.start, span.end).trim()))
    .map((span) => {
      const raw = index.text.slice(span.start, span.end);
      const start = span.start + (raw.length - raw.trimStart().length);
      return { kind: 'organization' as const, start, end: start + raw.trim().length };
    });
}

/** Who belongs to a team: مدرب النسور, لاعبو الوحدة, جماهير الفيصلي name the club after them. */
const TEAM_ROLES = foldAll(['مدرب', 'مدربو', 'لاعبو', 'لاعبي', 'جماهير', 'مشجعو', 'مشجعي', 'نادي']);
/** Definite words after a team role that are no club's name (مدرب المنتخب, لاعبي الوسط). */
const NOT_TEAM_NAMES = foldAll([
  'الفريق',
  'الفريقين',
  'المنتخب',
  'المنتخبات',
  'النادي',
  'الأندية',
  'الكرة',
  'الوسط',
  'المرمى',
  'الدفاع',
  'الهجوم',
  'الخط',
  'الاحتياط',
  'البدلاء',
  'الدوري',
  'الكأس',
  'البطولة',
  'المباراة',
  'الموسم',
  'الملعب',
  'الحراسة',
  'الشباب',
  'الناشئين',
  'الأولمبي',
  'الوطني',
  'كرة',
]);

/**
 * Club names a team role names (مدرب الوحدة, نادي النسور), and every mention of them in the
 * article, also with a particle (للنسور, والوحدة): sports reports name clubs bare after the first
 * mention. A name the place gazetteer holds (نادي الرمثا … الرمثا) stays the place.
 */
function teamMentions(index: TextIndex): Candidate[] {
  const { words } = index;
  const names = new Set<string>();
  for (let i = 0; i < words.length - 1; i += 1) {
    const role = words[i] as Word;
    if (!role.arabic || !role.forms.some((form) => TEAM_ROLES.has(form))) continue;
    const name = words[i + 1] as Word;
    if (name.breakBefore || !name.arabic || !name.folded.startsWith('ال') || name.folded.length < 5) continue;
    if (NOT_TEAM_NAMES.has(name.folded) || ARABIC_STOPWORDS.has(name.folded) || PLACES.hasWord(name))
      continue;
    names.add(name.folded);
  }
  if (names.size === 0) return [];
  const found: Candidate[] = [];
  for (const word of words) {
    if (word.arabic && word.forms.some((form) => names.has(form)))
      found.push({ kind: 'organization', start: word.start, end: word.end });
  }
  return found;
}

/**
 * A news outlet the story cites: «X» after "اطلعت عليه", "حصلت عليها", "التقتهم", "علمت",
 * "قال لـ" (the paper that saw the document, met the people, was told). A short name, not a quote.
 */
const MEDIA_VERBS =
  /^(?:اطلعت|حصلت|نشرت|نشرته|نشرتها|التقته|التقتها|التقتهم|التقاها|التقاهم|علمت|أجرتها|أجرته|اجرتها|اجرته)$/u;
const MEDIA_OBJECTS = /^(?:عليه|عليها|عليهما|عليهم)$/u;
const TOLD_VERBS =
  /^(?:قال|قالت|صرح|صرحت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|اوضح|اوضحت|تحدث|تحدثت|كشف|كشفت|أضاف|اضاف)$/u;

function citedOutlets(index: TextIndex): Candidate[] {
  const { text } = index;
  const found: Candidate[] = [];
  for (let open = text.indexOf('«'); open !== -1; open = text.indexOf('«', open + 1)) {
    const close = text.indexOf('»', open);
    if (close === -1) break;
    const name = text.slice(open + 1, close);
    // One to three words, nothing a sentence would carry.
    if (!/^[\p{L}\p{M}\u0640]+(?: [\p{L}\p{M}\u0640]+){0,2}$/u.test(name)) continue;
    // The words before the « (marks and a particle و/ف dropped): "واطّلعت عليه", "التقتهم",
    // "قال لـ", "قال مسؤول لـ".
    const tail = (text.slice(Math.max(0, open - 40), open).match(/[\p{L}\p{M}]+/gu) ?? [])
      .slice(-3)
      .map((word) => word.replace(/\p{M}/gu, '').replace(/^[وف](?=\p{L}{3})/u, ''))
      .reverse();
    const [last = '', previous = '', third = ''] = tail;
    const cited =
      MEDIA_VERBS.test(last) ||
      (MEDIA_OBJECTS.test(last) && MEDIA_VERBS.test(previous)) ||
      (/^لـ?$/u.test(last) && (TOLD_VERBS.test(previous) || TOLD_VERBS.test(third)));
    if (!cited) continue;
    const start = open + 1;
    found.push({ kind: 'organization', start, end: close });
  }
  return found;
}

/** A name alone on its line (a section label such as "Local News") is a heading, not a mention. */
const ONLY_SPACES = /^\s*$/;

/** Later mentions of a Latin name first met after an Arabic trigger (شركة Northwind Cloud … Northwind Cloud). */
function latinMentions(index: TextIndex, found: readonly Candidate[]): Candidate[] {
  const names = new Set<string>();
  for (const org of found) {
    const latin = index.text.slice(org.start, org.end).match(/[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*/u)?.[0];
    if (latin && latin.length >= 4 && /[\u0600-\u06FF]/u.test(index.text.slice(org.start, org.end)))
      names.add(latin);
  }
  if (names.size === 0) return [];
  const matcher = new PhraseMatcher([...names]);
  return matcher.findAll(index.words).map((match) => ({
    kind: 'organization' as const,
    start: wordOf(index.words, match.from).start,
    end: wordOf(index.words, match.to - 1).end,
  }));
}

export function findOrganizations(index: TextIndex): Candidate[] {
  const gazetteer = GAZETTEER.findAll(index.words).map((match) => ({
    kind: 'organization' as const,
    start: wordOf(index.words, match.from).start,
    end: wordOf(index.words, match.to - 1).end,
  }));
  const triggered = arabicTriggered(index);
  const english = englishPatterns(index).filter(
    (candidate) => !isAloneInBlock(index, candidate.start, candidate.end, ONLY_SPACES),
  );
  return [
    ...gazetteer,
    ...triggered,
    ...latinMentions(index, triggered),
    ...teamMentions(index),
    ...citedOutlets(index),
    ...english,
    ...markedAcronyms(index),
  ];
}
