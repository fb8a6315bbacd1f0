/**
 * Quoted speech: “…”, ”…“, ”…”, «…», "…" (and „…“), inside one block, of at least a few words
 * (a quoted single term is a name or a scare quote, not speech). The speaker is filled in later
 * by `people.ts`, which knows the names; this file only finds the spans and the verb positions.
 */
import type { Candidate } from './candidate';
import type { TextIndex } from './text-index';
import { crossesBlock } from './text-index';

const OPENERS: Readonly<Record<string, string>> = {
  '“': '”',
  '”': '”“',
  '«': '»',
  '„': '“”',
  '"': '"',
  '‹': '›',
};
/** Longest quote kept: past this the "closing" mark is more likely another quote's opening. */
const MAX_QUOTE_LENGTH = 1500;
const MIN_QUOTE_WORDS = 3;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function findQuotes(index: TextIndex): Candidate[] {
  const { text, blockEdges } = index;
  const found: Candidate[] = [];
  const marks = /[“”«„"‹]/g;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const i = match.index;
    const closers = OPENERS[match[0]] as string;
    // An opening mark is followed by a letter, digit or another opening (not a space: that is a closing one).
    const next = text[i + 1] ?? ' ';
    if (/\s/.test(next)) continue;
    let close = -1;
    for (let j = i + 1; j < Math.min(text.length, i + MAX_QUOTE_LENGTH); j += 1) {
      const char = text[j] as string;
      if (closers.includes(char)) {
        close = j;
        break;
      }
      // A straight quote or « inside means the marks are not paired as expected.
      if (char === '«' && text[i] !== '«') break;
    }
    if (close < 0 || crossesBlock(blockEdges, i, close)) continue;
    if (wordCount(text.slice(i + 1, close)) >= MIN_QUOTE_WORDS) {
      found.push({ kind: 'quote', start: i, end: close + 1, coreStart: i, coreEnd: close + 1 });
    }
    marks.lastIndex = close + 1;
  }
  return found;
}
