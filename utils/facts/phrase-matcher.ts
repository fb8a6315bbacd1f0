/**
 * Finds listed phrases (gazetteer entries, titles) in the word sequence. Arabic phrases match on
 * folded words and may carry attached particles on their first word (وبغداد, للعراق); Latin
 * phrases match case-sensitively, so that "us" is not the US and "turkey" not Turkey.
 */
import type { Word } from './text-index';
import { fold, isArabic } from './lexicon';

export interface PhraseMatch {
  /** Index of the first and one past the last word. */
  from: number;
  to: number;
}

/** Splits a phrase into the words `indexText` would cut it into. */
function phraseWords(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{M}\p{N}\u0640]+(?:['’-][\p{L}\p{M}\p{N}\u0640]+)*/gu) ?? [];
}

/**
 * A phrase's words as matched (Arabic folded), split once per phrase: the gazetteer's 1,213 places
 * go into four matchers, and splitting them was most of the key-fact modules' start-up, which
 * every first opening of the reading view on a page pays (~8 ms of 12 in Chromium, cold).
 * The lists are read-only, so the matchers share them.
 */
const MATCHED_WORDS = new Map<string, readonly string[]>();
function matchedWords(phrase: string): readonly string[] {
  let words = MATCHED_WORDS.get(phrase);
  if (!words) {
    words = phraseWords(phrase).map((word) => (isArabic(word) ? fold(word) : word));
    MATCHED_WORDS.set(phrase, words);
  }
  return words;
}

export class PhraseMatcher {
  /** First word → the phrases' word lists, longest first. */
  private readonly byFirst = new Map<string, (readonly string[])[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = matchedWords(phrase);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  private static key(word: Word): string {
    return word.arabic ? word.folded : word.raw;
  }

  /** The longest phrase starting at word `index`, or null. Never runs across punctuation. */
  matchAt(words: readonly Word[], index: number): PhraseMatch | null {
    const first = words[index];
    if (!first) return null;
    const firstForms = first.arabic ? first.forms : [first.raw];
    for (const form of firstForms) {
      const candidates = this.byFirst.get(form);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (this.matchesRest(words, index, phrase)) return { from: index, to: index + phrase.length };
      }
    }
    return null;
  }

  private matchesRest(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
    for (let offset = 1; offset < phrase.length; offset += 1) {
      const word = words[index + offset];
      if (!word || word.breakBefore || PhraseMatcher.key(word) !== phrase[offset]) return false;
    }
    return true;
  }

  /** Whether the single word (without particles) is a listed one-word phrase. */
  hasWord(word: Word): boolean {
    return this.matchAt([word], 0)?.to === 1;
  }

  /** Every non-overlapping match, left to right. */
  findAll(words: readonly Word[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let index = 0; index < words.length; index += 1) {
      const match = this.matchAt(words, index);
      if (!match) continue;
      found.push(match);
      index = match.to - 1;
    }
    return found;
  }
}
