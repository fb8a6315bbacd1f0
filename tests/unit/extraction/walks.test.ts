import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import { elementsUnder } from '../../../utils/extraction/dom';
import { page, parseHtml } from '../../helpers/parse-html';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const fixture = (slug: string): Document =>
  parseHtml(readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'));

const NESTED = page(
  '<div id="a"><p>one <b>two</b></p><template><p>inert</p></template><svg><g><circle/></g></svg></div><ul><li>x</li></ul>',
);

/** [what, the root to walk] */
const ROOTS: [string, () => Node & ParentNode][] = [
  ['a whole document', () => parseHtml(NESTED)],
  ['a body', () => parseHtml(NESTED).body],
  ['a detached element', () => parseHtml(NESTED).body.cloneNode(true) as Element],
  [
    'a fragment',
    () => {
      const document = parseHtml(NESTED);
      const fragment = document.createDocumentFragment();
      fragment.append(...Array.from(document.body.childNodes));
      return fragment;
    },
  ],
  ['the seed page', () => fixture('ar-seed-wordpress')],
  ['an English page with comments', () => fixture('en-wordpress-leave-reply')],
];

describe('elementsUnder: the one walk the steps share', () => {
  it.each(ROOTS)('lists the same elements in the same order as querySelectorAll("*"): %s', (_, make) => {
    const root = make();
    const walked = elementsUnder(root);
    expect(walked.length).toBeGreaterThan(3);
    expect(walked).toEqual(Array.from(root.querySelectorAll('*')));
  });
});

const ARTICLE = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the council said on Monday that the new plan would cut waiting times, improve the buses and support small shops in the poorest districts over the next three years.</p>`,
).join('');

function one(document: Document, selector: string): Element {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector} in the test page`);
  return element;
}

/** [what changes on the live page between two openings, the change, what the second article shows] */
const CHANGES: [
  string,
  (document: Document) => void,
  (article: ReturnType<typeof extractArticle>) => unknown,
  unknown,
][] = [
  [
    'the headline (a single-page site navigated)',
    (document) => {
      one(document, 'h1').textContent = 'A second headline for the next story';
      document.title = 'A second headline for the next story | Site';
    },
    (article) => article.title,
    'A second headline for the next story',
  ],
  [
    'the declared site name',
    (document) => one(document, 'meta[property="og:site_name"]').setAttribute('content', 'Other Site'),
    (article) => article.siteName,
    'Other Site',
  ],
  [
    'the declared lead image',
    (document) =>
      one(document, 'meta[property="og:image"]').setAttribute('content', 'https://i.example/second.png'),
    (article) => article.leadImage,
    'https://i.example/second.png',
  ],
];

describe('extracting the same live page twice', () => {
  it.each(CHANGES)('follows a change of %s', (_, change, read, expected) => {
    const document = parseHtml(
      page(`<article><h1>The first headline of the day</h1>${ARTICLE}</article>`, {
        head: '<title>The first headline of the day | Site</title><meta property="og:site_name" content="Site"><meta property="og:image" content="https://i.example/first.png">',
      }),
    );
    const first = extractArticle(document);
    expect(read(first)).not.toEqual(expected);
    change(document);
    expect(read(extractArticle(document))).toEqual(expected);
  });
});
