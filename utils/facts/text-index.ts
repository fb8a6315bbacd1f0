/**
 * The article text the recognisers read: `root.textContent`, cut into words with their offsets,
 * plus where blocks (paragraphs, headings, list items) begin and end, so that no fact runs from
 * one paragraph into the next even when the HTML puts no space between them.
 */
import { BLOCK_TAGS } from '../text/block-text';
import { foldArabic } from '../text/fold-arabic';
import { isArabic, withoutProclitics } from './lexicon';

export interface Word {
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** Folded (no tashkeel or tatweel, one alef, ى→ي, ة→ه) and lower-cased: the form lexicons use. */
  folded: string;
  /** Whether something other than spaces (punctuation, a block edge) separates it from the previous word. */
  breakBefore: boolean;
  /** The non-space character(s) just before it, when `breakBefore` (e.g. `,` `:` `(`). */
  punctuationBefore: string;
  /** Written in Arabic script. */
  arabic: boolean;
  /** `folded`, then (Arabic) its forms without attached particles: وبغداد → بغداد, للعراق → العراق. */
  forms: string[];
  /** Latin script and starts with a capital letter. */
  capitalised: boolean;
  /** Starts a sentence (first word of a block, or after . ! ? ؟ :). */
  sentenceStart: boolean;
}

/** An element the source marked (bold, a link, an abbreviation), with its span in the text. */
export interface MarkedSpan {
  tag: string;
  start: number;
  end: number;
  /** Inside a heading (h1–h6). */
  inHeading: boolean;
  /** Span of the nearest enclosing block, to tell a bold phrase from a bold paragraph. */
  blockStart: number;
  blockEnd: number;
  /** `title` of an <abbr>. */
  title?: string;
}

const MARKED_TAGS = new Set(['B', 'STRONG', 'MARK', 'A', 'ABBR']);
const HEADING = /^H[1-6]$/;

export interface TextIndex {
  text: string;
  /** Spans of headings (h1–h6): Title Case there says nothing about names. */
  headings: [number, number][];
  marked: MarkedSpan[];
  words: Word[];
  /** Offsets where a block element starts or ends, sorted. */
  blockEdges: number[];
}

/** Letters, combining marks and digits, joined by an apostrophe or hyphen (al-Hol, O'Brien). */
const WORD = /[\p{L}\p{M}\p{N}\u0640]+(?:['’-][\p{L}\p{M}\p{N}\u0640]+)*/gu;
const SENTENCE_END = /[.!?؟:]/;
/** Characters `foldArabic` changes: most words have none, and skipping them is most of the speed. */
const NEEDS_FOLDING =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0622\u0623\u0625\u0671\u0649\u0629]/;

export function collectText(root: Node): {
  text: string;
  blockEdges: number[];
  marked: MarkedSpan[];
  headings: [number, number][];
} {
  const parts: string[] = [];
  const edges: number[] = [];
  const marked: MarkedSpan[] = [];
  const headings: [number, number][] = [];
  let length = 0;
  const walk = (node: Node, inHeading: boolean, blockStart: number, blockSpans: MarkedSpan[]): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        const block = BLOCK_TAGS.has(tag);
        if (block) edges.push(length);
        const start = length;
        const heading = inHeading || HEADING.test(tag);
        // Marked spans learn their block's end when the block closes.
        const inner: MarkedSpan[] = block ? [] : blockSpans;
        let span: MarkedSpan | null = null;
        if (MARKED_TAGS.has(tag)) {
          span = {
            tag,
            start,
            end: start,
            inHeading: heading,
            blockStart: block ? start : blockStart,
            blockEnd: -1,
          };
          const title = tag === 'ABBR' ? (child as Element).getAttribute('title') : null;
          if (title) span.title = title;
          marked.push(span);
          inner.push(span);
        }
        walk(child, heading, block ? start : blockStart, inner);
        if (span) span.end = length;
        if (HEADING.test(tag) && !inHeading) headings.push([start, length]);
        if (block) {
          for (const spanInBlock of inner) spanInBlock.blockEnd = length;
          edges.push(length);
        }
      }
    }
  };
  const top: MarkedSpan[] = [];
  walk(root, false, 0, top);
  for (const span of top) span.blockEnd = length;
  return { text: parts.join(''), blockEdges: edges, marked, headings };
}

/** The index of the first edge greater than `offset` (edges are sorted). */
function firstEdgeAfter(edges: readonly number[], offset: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((edges[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a block edge lies strictly between `from` and `to`. */
export function crossesBlock(edges: readonly number[], from: number, to: number): boolean {
  const next = firstEdgeAfter(edges, from);
  return next < edges.length && (edges[next] as number) < to;
}

/** Edges strictly inside `[from, to)`, in order. */
function edgesWithin(edges: readonly number[], from: number, to: number): number[] {
  const inside: number[] = [];
  for (let i = firstEdgeAfter(edges, from); i < edges.length && (edges[i] as number) < to; i += 1) {
    inside.push(edges[i] as number);
  }
  return inside;
}

/**
 * Whether `[start, end)` is all its block holds, apart from characters that `filler` matches
 * (a list item or table cell "Healthy Snacks", a section label "Local News"). Only the nearest
 * edge on each side can qualify: a farther one has at least the same text in between.
 */
export function isAloneInBlock(index: TextIndex, start: number, end: number, filler: RegExp): boolean {
  const { text, blockEdges } = index;
  const after = firstEdgeAfter(blockEdges, start);
  const before = blockEdges[after - 1];
  if (before === undefined || !filler.test(text.slice(before, start))) return false;
  const next = blockEdges[firstEdgeAfter(blockEdges, end - 1)];
  return next !== undefined && filler.test(text.slice(end, next));
}

/**
 * Word matches, cut where a block ends inside one: table cells and adjacent paragraphs have no
 * space between them in `textContent` ("٣٢٫٥" "٥٫٨٪" would read as one number, two names as one word).
 */
export function* wordsAcrossBlocks(text: string, edges: readonly number[]): Generator<[number, string]> {
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!crossesBlock(edges, start, end)) {
      yield [start, match[0]];
      continue;
    }
    let from = start;
    for (const edge of [...edgesWithin(edges, start, end), end]) {
      if (edge > from) yield [from, text.slice(from, edge)];
      from = edge;
    }
  }
}

/** Starts with a capital letter: A–Z at once, other scripts through the case mapping. */
function isCapitalised(raw: string, arabic: boolean): boolean {
  const code = raw.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || arabic) return false;
  const first = raw[0] as string;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function indexText(root: Node): TextIndex {
  const { text, blockEdges, marked, headings } = collectText(root);
  const words: Word[] = [];
  let previousEnd = 0;
  for (const [start, raw] of wordsAcrossBlocks(text, blockEdges)) {
    const gap = start > previousEnd ? text.slice(previousEnd, start) : '';
    const punctuation = gap === ' ' || gap === '' ? '' : gap.replace(/\s+/g, '');
    const atBlock = words.length === 0 || crossesBlock(blockEdges, previousEnd - 1, start + 1);
    const arabic = isArabic(raw);
    const folded = arabic ? (NEEDS_FOLDING.test(raw) ? foldArabic(raw) : raw) : raw.toLowerCase();
    words.push({
      start,
      end: start + raw.length,
      raw,
      folded,
      arabic,
      forms: arabic ? withoutProclitics(folded) : [folded],
      breakBefore: atBlock || punctuation.length > 0,
      punctuationBefore: punctuation,
      capitalised: isCapitalised(raw, arabic),
      sentenceStart: atBlock || SENTENCE_END.test(punctuation),
    });
    previousEnd = start + raw.length;
  }
  return { text, words, blockEdges, marked, headings };
}

/** Whether the word lies in a heading. */
export function inHeading(index: TextIndex, word: Word): boolean {
  return index.headings.some(([start, end]) => word.start >= start && word.end <= end);
}

/** Stands for a word past either end of the text: a hard break, matching nothing. */
export const NO_WORD: Word = {
  start: -1,
  end: -1,
  raw: '',
  folded: '',
  arabic: false,
  forms: [],
  breakBefore: true,
  punctuationBefore: '',
  capitalised: false,
  sentenceStart: true,
};

/** The word at `index`, or `NO_WORD` past the ends. */
export function wordOf(words: readonly Word[], index: number): Word {
  return words[index] ?? NO_WORD;
}
