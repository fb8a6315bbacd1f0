/**
 * The source's own emphasis: <b>, <strong> and <mark> inside the body, but not in headings (a
 * heading is bold by nature) and not a whole paragraph (a bold paragraph is a lead or a box, not
 * a fact). Spans are widened to whole words, so a highlight never cuts one.
 */
import type { Candidate } from './candidate';
import type { TextIndex } from './text-index';

const EMPHASIS_TAGS = new Set(['B', 'STRONG', 'MARK']);
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
/** Longer than this, the bold is a passage rather than a fact. */
const MAX_EMPHASIS_LENGTH = 400;

export function findEmphasis(index: TextIndex): Candidate[] {
  const { text, marked } = index;
  const found: Candidate[] = [];
  let lastEnd = -1;
  for (const span of marked) {
    if (!EMPHASIS_TAGS.has(span.tag) || span.inHeading || span.start < lastEnd) continue;
    let start = span.start;
    let end = span.end;
    // Spaces and sentence punctuation at the edges are not part of the fact; brackets and quote marks are.
    while (start < end && /[\s.,،:;؛!?؟]/u.test(text[start] as string)) start += 1;
    while (end > start && /[\s.,،:;؛!?؟]/u.test(text[end - 1] as string)) end -= 1;
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    while (start > 0 && WORD_CHAR.test(text[start - 1] as string) && WORD_CHAR.test(text[start] as string))
      start -= 1;
    while (
      end < text.length &&
      WORD_CHAR.test(text[end] as string) &&
      WORD_CHAR.test(text[end - 1] as string)
    )
      end += 1;
    const blockText = text.slice(span.blockStart, span.blockEnd).trim();
    const spanText = text.slice(start, end).trim();
    if (blockText.replace(/[\s.,:;!?؟،؛]+$/u, '') === spanText.replace(/[\s.,:;!?؟،؛]+$/u, '')) continue;
    if (end - start > MAX_EMPHASIS_LENGTH) continue;
    found.push({ kind: 'emphasis', start, end, coreStart: start, coreEnd: end });
    lastEnd = span.end;
  }
  return found;
}
