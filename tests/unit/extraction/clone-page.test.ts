import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clonePage } from '../../../utils/extraction/clone-page';
import { page, parseHtml } from '../../helpers/parse-html';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const fixture = (slug: string): string => readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');

/** The markup of a document with every `<style>` emptied: what the copy must be. */
function withEmptyStyles(document: Document): string {
  const copy = document.cloneNode(true) as Document;
  for (const style of copy.querySelectorAll('style')) style.textContent = '';
  return copy.documentElement.outerHTML;
}

const nested = (depth: number, inner: string): string =>
  '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

/** [what, the page] */
const PAGES: [string, string][] = [
  ['no style at all', page('<article><h1>T</h1><p>one <b>two</b></p></article>')],
  [
    'styles in the head and the body',
    page('<div><style>p{color:red}</style><p>x</p></div><style media="print">b{}</style><p>y</p>', {
      head: '<style>body{margin:0}</style><title>t</title>',
    }),
  ],
  ['a style inside an svg', page('<p>a</p><svg><style>.c{fill:red}</style><circle class="c"/></svg>')],
  ['a template and comments kept', page('<!-- c --><template><p>inert</p></template><style>i{}</style>')],
  [
    'markup that shadows the DOM methods the copy uses',
    page(
      '<img name="importNode"><img name="querySelectorAll"><form><input name="parentNode"><input name="appendChild"><input name="childNodes"><style>b{}</style><i>after</i></form>',
    ),
  ],
  [
    'a style 1,000 elements deep (copied without recursion)',
    page(nested(1000, '<style>p{}</style><p>deep</p>')),
  ],
  ['the seed page', fixture('ar-seed-wordpress')],
];

describe('clonePage', () => {
  it.each(PAGES)('%s: the same nodes in the same order, styles without their CSS', (_, html) => {
    const source = parseHtml(html);
    const before = source.documentElement.outerHTML;
    const copy = clonePage(source);
    expect(copy.documentElement.outerHTML).toBe(withEmptyStyles(source));
    expect(copy.doctype?.name).toBe(source.doctype?.name);
    expect(copy).not.toBe(source);
    // The page itself is never changed.
    expect(source.documentElement.outerHTML).toBe(before);
  });

  it('keeps the page address, so relative links resolve as on the page', () => {
    const source = parseHtml(
      page('<style>a{}</style><a href="../other">x</a>'),
      'https://news.example/a/b/c',
    );
    const copy = clonePage(source);
    expect(copy.URL).toBe('https://news.example/a/b/c');
    expect(copy.querySelector('a')?.href).toBe('https://news.example/a/other');
  });

  it('keeps quirks mode for a page without a doctype', () => {
    const source = parseHtml('<html><head><style>p{}</style></head><body><p>x</p></body></html>');
    expect(source.compatMode).toBe('BackCompat');
    expect(clonePage(source).compatMode).toBe('BackCompat');
  });

  it('leaves no style sheet text anywhere in the copy', () => {
    const copy = clonePage(parseHtml(fixture('ar-seed-wordpress')));
    const cssLength = Array.from(copy.querySelectorAll('style')).reduce(
      (sum, style) => sum + (style.textContent ?? '').length,
      0,
    );
    expect(cssLength).toBe(0);
    // The article is all there.
    expect(copy.body.textContent).toContain('التنسيق العراقي السوري التركي يتعزز');
  });
});
