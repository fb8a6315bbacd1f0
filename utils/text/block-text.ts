/**
 * Elements after which a reader sees a line break; text on either side must not be glued. The
 * one list for the reader's text (`blockText`, `flatText`) and the key-facts text index, so that a
 * fact never runs across a boundary the reader sees.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text a reader sees, one line per block: a newline between block elements, white space
 * collapsed inside lines, empty lines dropped. Unlike `textContent`, words in adjacent blocks
 * are never glued together. With `skipCaptions`, figure captions are left out: the article's
 * running prose, as word counts, reading time and search want it (the HTML keeps them).
 */
export function blockText(root: Node, { skipCaptions = false } = {}): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag) || (skipCaptions && tag === 'FIGCAPTION')) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** `textContent` with white space collapsed: for measuring, not for showing. */
export function flatText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Words of any script (letters or digits), as counted for word counts and reading time. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu)?.length ?? 0;
}
