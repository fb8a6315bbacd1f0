import { describe, expect, it } from 'vitest';
import { ExtractionError, extractArticle, isArticlePage } from '../../../utils/extraction';
import { page, parseHtml } from '../../helpers/parse-html';

const paragraph = (index: number): string =>
  `<p>Paragraph ${index}: the council voted on Tuesday to extend the programme for another three years, after a long debate about its cost, its reach and the families it serves across the region.</p>`;
const ARTICLE = `<article><h1>Council extends the programme</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>`;

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof ExtractionError ? error.code : `other: ${String(error)}`;
  }
  return 'no error';
}

describe('DOM clobbering', () => {
  // [markup in the article, attributes that must be gone from the clone]
  it.each([
    ['<form><input name="parentNode"></form>', ['name="parentNode"']],
    [
      '<form><input name="attributes"><input name="attributes"></form>',
      ['name="attributes"', 'name="attributes"'],
    ],
    ['<form><input id="tagName"></form>', ['id="tagName"']],
    ['<img src="https://i.example/a.png" name="body">', ['name="body"']],
    [
      '<img src="https://i.example/a.png" name="createElement"><img src="y" id="createElement">',
      ['name="createElement"', 'id="createElement"'],
    ],
    ['<object id="getElementsByTagName"></object>', ['id="getElementsByTagName"']],
    ['<embed name="cookie">', ['name="cookie"']],
  ])('%s: the names are removed from the clone, and the article reads', (markup, defused) => {
    const document = parseHtml(page(ARTICLE.replace('</h1>', `</h1>${markup}`)));
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document);
    expect(
      article.removed.filter((removal) => removal.step === 'defuse-clobbering').map((r) => r.reason),
    ).toEqual(defused);
    expect(article.text).toContain('Paragraph 5');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps ids that shadow nothing', () => {
    const article = extractArticle(
      parseHtml(page(ARTICLE.replace('</h1>', '</h1><img id="chart" src="https://i.example/c.png">'))),
    );
    expect(article.removed.filter((removal) => removal.step === 'defuse-clobbering')).toEqual([]);
  });

  it('reads a page whose markup shadows the document’s own body, cloneNode and element count', () => {
    // What `<img name="body">`, `<img name="cloneNode">`… do in a browser: own properties of the
    // document that hide the prototype's (jsdom does not implement named properties itself).
    const document = parseHtml(page(ARTICLE));
    const image = document.createElement('img');
    for (const name of ['body', 'cloneNode', 'getElementsByTagName']) {
      Object.defineProperty(document, name, { value: image, configurable: true });
    }
    expect(extractArticle(document).text).toContain('Paragraph 5');
  });

  // (Not `localName`: jsdom's own selector engine reads it, where a browser's does not.)
  it.each(['tagName', 'getAttribute', 'hasAttribute', 'parentNode', 'childNodes'])(
    'reads a page whose form has a field named %s (the live page: the clone is defused, the page is not)',
    (name) => {
      // What `<form><input name=…></form>` does to the form in a browser (jsdom does not).
      const document = parseHtml(page(ARTICLE.replace('</h1>', '</h1><form><input></form>')));
      const form = document.querySelector('form') as HTMLFormElement;
      Object.defineProperty(form, name, { value: form.querySelector('input'), configurable: true });
      expect(extractArticle(document).text).toContain('Paragraph 5');
    },
  );
});

describe('bounded extraction', () => {
  it('gives up as "too large" once its time budget is spent', () => {
    // A clock that moves 100 ms each time it is read: the budget runs out after a few steps.
    let time = 0;
    const now = (): number => (time += 100);
    const document = parseHtml(page(ARTICLE));
    expect(codeOf(() => extractArticle(document, { timeBudgetMs: 250, now }))).toBe('too-large');
  });

  it('checks its budget while Readability reads the text of a deeply nested page, not only between steps', () => {
    // Outside its main walk, Readability reads candidates' text and ancestors without limit; on
    // thousands of nested elements one parse alone can outlast the budget.
    const nested = `${'<div>'.repeat(400)}${'<p>Deep text, deep text, deep text, deep text, deep text.</p>'.repeat(5)}${'</div>'.repeat(400)}`;
    const readsOfClockWhileReadingText: number[] = [];
    let time = 0;
    const now = (): number => {
      if (new Error().stack?.includes('_getInnerText')) readsOfClockWhileReadingText.push(time);
      return (time += 0.001);
    };
    try {
      extractArticle(parseHtml(page(`${ARTICLE}${nested}`)), { timeBudgetMs: 60_000, now });
    } catch {
      // Only whether the budget was looked at matters here.
    }
    expect(readsOfClockWhileReadingText.length).toBeGreaterThan(0);
  });

  it('reads the same page within a budget that suffices', () => {
    let time = 0;
    const now = (): number => (time += 1);
    expect(extractArticle(parseHtml(page(ARTICLE)), { timeBudgetMs: 1_000, now }).text).toContain(
      'Paragraph 1',
    );
  });

  it('refuses a page with more elements than the limit as "too large"', () => {
    const document = parseHtml(page(`${ARTICLE}${'<span>x</span>'.repeat(300)}`));
    expect(codeOf(() => extractArticle(document, { maxElements: 200 }))).toBe('too-large');
  });

  it.each([
    ['<html lang="><img src=x onerror=alert(1)>">', ''],
    ['<html lang="en-GB">', 'en-GB'],
  ])('accepts only a language tag as the language: %s', (html, lang) => {
    const source = page(ARTICLE).replace(/<html[^>]*>/, html);
    expect(extractArticle(parseHtml(source)).lang).toBe(lang);
  });
});

describe('always-on detection on an enormous page', () => {
  it('does not check a page with more elements than its limit', () => {
    const document = parseHtml(page(ARTICLE, { head: '<meta property="og:type" content="article">' }));
    expect(isArticlePage(document)).toBe(true);
    expect(isArticlePage(document, { maxElements: 10 })).toBe(false);
  });
});

describe('enormous text', () => {
  it('refuses a page with more text than the limit as "too large"', () => {
    const document = parseHtml(page(`${ARTICLE}<p>${'x'.repeat(1_600_000)}</p>`));
    expect(codeOf(() => extractArticle(document))).toBe('too-large');
  });
});

describe('pages with thousands of images', () => {
  const figure = (index: number): string =>
    `<figure><img src="https://i.example/${index}.jpg" width="320" height="180" alt="photo ${index}"><figcaption>Photo ${index}</figcaption></figure>`;
  const gallery = (count: number, every = 1): string =>
    `<article><h1>Council extends the programme</h1>${Array.from({ length: count }, (_, index) =>
      index % every === 0 ? paragraph(index) + figure(index) : figure(index),
    ).join('')}</article>`;

  // [pictures on the page, paragraph every n pictures, pictures kept, steps that logged a drop]
  it.each([
    [40, 1, 40, []],
    [600, 20, 300, ['limit-images']],
    [1_500, 50, 300, ['limit-page-images', 'limit-images']],
  ])(
    '%i pictures, a paragraph every %i: the first %i pictures and every paragraph are kept',
    (count, every, kept, steps) => {
      const article = extractArticle(parseHtml(page(gallery(count, every))));
      const body = parseHtml(page(article.html));
      const sources = Array.from(body.querySelectorAll('img'), (image) => image.getAttribute('src'));
      expect(sources).toHaveLength(kept);
      expect(sources.slice(0, 3)).toEqual([
        'https://i.example/0.jpg',
        'https://i.example/1.jpg',
        'https://i.example/2.jpg',
      ]);
      // Whole figures go: no caption is left without its picture.
      expect(body.querySelectorAll('figcaption')).toHaveLength(kept);
      const lastParagraph = Math.floor((count - 1) / every) * every;
      expect(article.text).toContain(`Paragraph ${lastParagraph}:`);
      expect([
        ...new Set(article.removed.filter((r) => r.step.startsWith('limit-')).map((r) => r.step)),
      ]).toEqual(steps);
    },
  );
});
