import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import { page, parseHtml } from '../../helpers/parse-html';

const ARTICLE = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the council said on Tuesday that the new water plan would cut losses in the old pipes by a third, and that work in the northern districts would start before the summer.</p>`,
).join('');

const HEADER = '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>';
const FOOTER = '<footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>';

/** [what, body as the server sent it] — in each, the article arrives in a hidden segment. */
const STREAMED: [string, string][] = [
  [
    'a Suspense boundary with its markers',
    `${HEADER}<!--$?--><template id="B:0"></template><main><div class="skeleton"></div><p>Loading article…</p></main><!--/$-->${FOOTER}<div hidden id="S:0"><main><article><h1>Water plan</h1>${ARTICLE}</article></main></div><script>$RC("B:0","S:0")</script>`,
  ],
  [
    'a boundary whose comments the saver dropped',
    `${HEADER}<template id="B:0"></template><main><div class="h-4 w-32 animate-pulse"></div></main>${FOOTER}<div hidden id="S:0"><main><article><h1>Water plan</h1>${ARTICLE}</article></main></div>`,
  ],
  [
    'one boundary per paragraph, "Loading…" fallbacks',
    `${HEADER}<article><h1>Water plan</h1>${ARTICLE.split('</p>')
      .filter(Boolean)
      .map((_, index) => `<template id="B:${index.toString(16)}"></template><div>Loading paragraph...</div>`)
      .join('')}</article>${FOOTER}${ARTICLE.split('</p>')
      .filter(Boolean)
      .map((paragraph, index) => `<div hidden id="S:${index.toString(16)}">${paragraph}</p></div>`)
      .join('')}`,
  ],
  [
    'a bare placeholder ($RS)',
    `${HEADER}<main><template id="P:5"></template></main>${FOOTER}<div hidden id="S:5"><article><h1>Water plan</h1>${ARTICLE}</article></div>`,
  ],
  [
    'a segment whose boundary sits in another segment',
    `${HEADER}<template id="B:0"></template>${FOOTER}<div hidden id="S:1">${ARTICLE}</div><div hidden id="S:0"><article><h1>Water plan</h1><template id="B:1"></template></article></div>`,
  ],
];

describe('place-streamed: content that React streams into hidden segments', () => {
  it.each(STREAMED)('%s: the article comes back, fallbacks do not', (_what, body) => {
    const article = extractArticle(parseHtml(page(body, { lang: 'en' })));
    expect(article.text).toContain('Paragraph 1: the council said');
    expect(article.text).toContain('Paragraph 6: the council said');
    expect(article.text).not.toMatch(/Loading/);
    expect(article.text).not.toContain('All rights reserved');
  });

  it.each(STREAMED)('%s: without the step, the article is lost (the case needs it)', (_what, body) => {
    const read = () => extractArticle(parseHtml(page(body, { lang: 'en' })), { disable: ['place-streamed'] });
    let text = '';
    try {
      text = read().text;
    } catch (error) {
      expect(String(error)).toMatch(/No article/);
    }
    expect(text).not.toContain('Paragraph 1: the council said');
  });

  it('drops a hidden segment that has no place on the page', () => {
    const body = `<article><h1>Water plan</h1>${ARTICLE}</article><div hidden id="S:7"><p>Subscribe to our newsletter for the best offers of the week, every week, in your inbox.</p></div>`;
    const article = extractArticle(parseHtml(page(body, { lang: 'en' })));
    expect(article.text).not.toContain('Subscribe to our newsletter');
    expect(article.removed).toContainEqual(
      expect.objectContaining({ step: 'place-streamed', reason: 'hidden streamed content with no place' }),
    );
  });

  it('leaves other hidden elements to remove-hidden', () => {
    const body = `<article><h1>Water plan</h1>${ARTICLE}<div hidden id="Sx:1"><p>Secret draft paragraph that the page hides from its readers.</p></div></article>`;
    const article = extractArticle(parseHtml(page(body, { lang: 'en' })));
    expect(article.text).not.toContain('Secret draft');
  });

  it('never changes the page it reads', () => {
    const [[, body = ''] = []] = STREAMED;
    const document = parseHtml(page(body, { lang: 'en' }));
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
