/**
 * Organisations: the shipped gazetteer (الأمم المتحدة, حماس, NATO…), Arabic trigger words with
 * their complement (وزارة الخارجية العراقية, تنظيم الدولة (داعش), التحالف الدولي, حزب الله),
 * English names ending in an organisation word (Foreign Ministry, Acme Inc, Labour Party) or
 * starting with one (Ministry of Defence, University of Oxford), a capitalised name followed by
 * its acronym in parentheses, and acronyms the source marks with <abbr>.
 */
import type { Candidate } from './candidate';
import type { TextIndex, Word } from './text-index';
import { wordOf } from './text-index';
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

function arabicTriggered(index: TextIndex): Candidate[] {
  const { words, text } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    if (!word.arabic || !isTrigger(word)) continue;
    let to = i + 1;
    let complements = 0;
    while (to < words.length && complements < MAX_COMPLEMENT) {
      const next = words[to] as Word;
      if (next.breakBefore || !next.arabic || ARABIC_STOPWORDS.has(next.folded)) break;
      const known = GAZETTEER.matchAt(words, to) ?? PLACES.matchAt(words, to);
      if (known && !next.folded.startsWith('و')) {
        to = known.to;
        complements += known.to - known.from;
        continue;
      }
      // The complement is definite (وزارة الخارجية, حزب الله); a following و-word is another noun.
      if (!next.folded.startsWith('ال')) break;
      to += 1;
      complements += 1;
    }
    if (complements === 0) continue;
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

export function findOrganizations(index: TextIndex): Candidate[] {
  const gazetteer = GAZETTEER.findAll(index.words).map((match) => ({
    kind: 'organization' as const,
    start: wordOf(index.words, match.from).start,
    end: wordOf(index.words, match.to - 1).end,
  }));
  return [...gazetteer, ...arabicTriggered(index), ...englishPatterns(index), ...markedAcronyms(index)];
}
