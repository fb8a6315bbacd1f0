import { describe, expect, it } from 'vitest';
import {
  COMMENT_TOKEN,
  PROMPT_TOKEN,
  RELATED_TOKEN,
  SHARE_TOKEN,
  hasToken,
  tokensOf,
} from '../../../utils/extraction/patterns';
import { parseHtml } from '../../helpers/parse-html';

/** An element with these attributes (null: the attribute is absent). */
function element(id: string | null, className: string | null): Element {
  const div = parseHtml('<!doctype html><body><div></div></body>').querySelector('div') as Element;
  if (id !== null) div.setAttribute('id', id);
  if (className !== null) div.setAttribute('class', className);
  return div;
}

const PATTERNS = { COMMENT_TOKEN, SHARE_TOKEN, RELATED_TOKEN, PROMPT_TOKEN };

/** [id, class, the pattern, whether a word matches it whole] */
const CASES: [string | null, string | null, keyof typeof PATTERNS, boolean][] = [
  ['comments', null, 'COMMENT_TOKEN', true],
  [null, 'post comment-list', 'COMMENT_TOKEN', true],
  [null, '  wrap\tcomments-area  ', 'COMMENT_TOKEN', true], // words split on any white space
  [null, 'nocomments', 'COMMENT_TOKEN', false], // in the string, not a word of it
  ['dsq-app', 'x', 'COMMENT_TOKEN', true],
  ['', '', 'COMMENT_TOKEN', false],
  [null, null, 'COMMENT_TOKEN', false],
  ['main', 'share-bar', 'SHARE_TOKEN', true],
  ['main', 'shared-content', 'SHARE_TOKEN', false],
  [null, 'jp-relatedposts', 'RELATED_TOKEN', true],
  [null, 'unrelated', 'RELATED_TOKEN', false],
  [null, 'site-header', 'PROMPT_TOKEN', false], // holds "ad" in "header", but no word is "ad"
  [null, 'x ad', 'PROMPT_TOKEN', true],
  ['my-newsletter-box', null, 'PROMPT_TOKEN', true],
];

describe('hasToken', () => {
  it.each(CASES)('id=%j class=%j, %s: %s', (id, className, name, expected) => {
    const target = element(id, className);
    const pattern = PATTERNS[name];
    expect(hasToken(target, pattern)).toBe(expected);
    // The same answer as testing every word on its own.
    expect(tokensOf(target).some((token) => pattern.test(token))).toBe(expected);
  });

  it('keeps a literal trailing dollar sign a dollar sign', () => {
    expect(hasToken(element(null, 'price$'), /^price\$$/)).toBe(true);
    expect(hasToken(element(null, 'cost$'), /^price\$/)).toBe(false);
    expect(hasToken(element(null, 'price$x'), /^price\$/)).toBe(true);
  });
});
