/**
 * Wraps key facts in `<mark data-fact="<kind>">` inside an article that is already DOM, by
 * splitting text nodes (never through HTML strings). Marks are inline and carry no `dir`, so the
 * text, its bidi order and Arabic letter joining stay exactly as they were: the paragraph's
 * `textContent` is unchanged, and a mark begins and ends only where the fact does (whole words).
 *
 * Nested facts (a number inside a quote, a bold name inside a person) become nested marks, outer
 * first. A fact that runs across elements (الرئيس <b>ماكرون</b>) gets one mark per text piece.
 */
import type { KeyFact } from './types';

interface TextPiece {
  node: Text;
  start: number;
}

function textPieces(root: Node): TextPiece[] {
  const pieces: TextPiece[] = [];
  let offset = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        pieces.push({ node: child as Text, start: offset });
        offset += (child as Text).data.length;
      } else if (child.nodeType === 1) {
        walk(child);
      }
    }
  };
  walk(root);
  return pieces;
}

export interface HighlightOptions {
  /** The tooltip of a fact's marks (its kind in the user's language, the speaker…). */
  describe?: (fact: KeyFact) => string;
}

/**
 * Highlights `facts` (offsets into `root.textContent`) in place. Returns, for each fact, its
 * first mark (or null when the fact was only white space where it lies), for scrolling to it.
 */
export function highlightFacts(
  root: Element,
  facts: readonly KeyFact[],
  options: HighlightOptions = {},
): (HTMLElement | null)[] {
  const document = root.ownerDocument;
  const pieces = textPieces(root);
  const order = facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => a.fact.start - b.fact.start || b.fact.end - a.fact.end);
  const firstMarks: (HTMLElement | null)[] = facts.map(() => null);
  for (const { fact, index } of order) {
    const title = options.describe?.(fact);
    for (let p = 0; p < pieces.length; p += 1) {
      const piece = pieces[p] as TextPiece;
      const pieceEnd = piece.start + piece.node.data.length;
      if (pieceEnd <= fact.start) continue;
      if (piece.start >= fact.end) break;
      let node = piece.node;
      let start = piece.start;
      // Split off what lies before and after the fact; each split keeps its own piece entry.
      if (fact.start > start) {
        const rest = node.splitText(fact.start - start);
        pieces.splice(p + 1, 0, { node: rest, start: fact.start });
        p += 1;
        node = rest;
        start = fact.start;
      }
      if (fact.end < start + node.data.length) {
        const after = node.splitText(fact.end - start);
        pieces.splice(p + 1, 0, { node: after, start: fact.end });
      }
      (pieces[p] as TextPiece).node = node;
      (pieces[p] as TextPiece).start = start;
      if (!node.data.trim()) continue;
      const mark = document.createElement('mark');
      mark.dataset.fact = fact.kind;
      mark.dataset.factId = String(index);
      if (title) mark.title = title;
      node.parentNode?.insertBefore(mark, node);
      mark.append(node);
      firstMarks[index] ??= mark;
    }
  }
  return firstMarks;
}
