/**
 * Who said a quote: the person an attribution verb names next to it. Looked for, in order,
 * (1) right after the quote ("…”، قال فلان", "…," said Smith, "…," Smith said), (2) before it in
 * the same sentence: a speech verb followed by the person (وأضاف حسين: ”…”, شدد وزير الخارجية
 * التركي هاكان فيدان على … “…”), or a person followed by the verb (Smith said: "…").
 * A later mention (حسين) is reported with the full name found first (فؤاد حسين).
 */
import type { Candidate } from './candidate';
import type { PersonCandidate } from './people';
import type { TextIndex, Word } from './text-index';
import { crossesBlock } from './text-index';
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS } from './lexicon';

/** How far before a quote its verb may be, in words, within one sentence. */
const MAX_WORDS_BEFORE = 40;
const MAX_WORDS_AFTER = 4;

function isSpeechVerb(word: Word | undefined): boolean {
  if (!word) return false;
  if (!word.arabic) return ENGLISH_SPEECH_VERBS.has(word.folded) || word.folded === 'according';
  // بيّن "explained" is only told from بين "between" by its shadda.
  if (/^[وف]?بيّن/u.test(word.raw)) return true;
  return word.forms.some((form) => ARABIC_SPEECH_VERBS.has(form));
}

function firstWordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as Word).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function personStartingAt(
  people: readonly PersonCandidate[],
  word: Word | undefined,
): PersonCandidate | undefined {
  return word ? people.find((person) => person.start === word.start) : undefined;
}

function personEndingAt(
  people: readonly PersonCandidate[],
  word: Word | undefined,
): PersonCandidate | undefined {
  return word ? people.find((person) => person.end === word.end) : undefined;
}

export function speakerOf(
  index: TextIndex,
  quote: Candidate,
  people: readonly PersonCandidate[],
): string | undefined {
  const { words } = index;
  const after = firstWordAt(words, quote.end);
  // (1) After the quote.
  const firstAfter = words[after];
  const gapAfter = firstAfter ? index.text.slice(quote.end, firstAfter.start) : '';
  const sameSentence =
    firstAfter &&
    /^[\s,،\-–—]*$/u.test(gapAfter) &&
    !crossesBlock(index.blockEdges, quote.end - 1, firstAfter.start + 1);
  for (let i = after; sameSentence && i < Math.min(words.length, after + MAX_WORDS_AFTER); i += 1) {
    const word = words[i] as Word;
    if (i > after && word.breakBefore && !/^[,،]$/.test(word.punctuationBefore)) break;
    if (isSpeechVerb(word)) {
      const person = personStartingAt(people, words[i + 1]) ?? personEndingAt(people, words[i - 1]);
      if (person) return person.name;
      break;
    }
  }
  // (2) Before it, in the same sentence.
  const before = firstWordAt(words, quote.start) - 1;
  for (let i = before; i >= 0 && before - i < MAX_WORDS_BEFORE; i -= 1) {
    const word = words[i] as Word;
    if (isSpeechVerb(word)) {
      const person = personStartingAt(people, words[i + 1]) ?? personEndingAt(people, words[i - 1]);
      if (person && person.end <= quote.start) return person.name;
    }
    if (word.sentenceStart && !/:$/.test(word.punctuationBefore)) break;
  }
  return undefined;
}
