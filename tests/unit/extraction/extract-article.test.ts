import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { DEFAULT_MAX_ELEMENTS, ExtractionError, STEPS, extractArticle } from '../../../utils/extraction';
import { page, parseHtml } from '../../helpers/parse-html';

const paragraph = (index: number): string =>
  `<p>Paragraph ${index}: the council voted on Tuesday to extend the programme for another three years, after a long debate about its cost, its reach and the families it serves across the region.</p>`;
const BODY = `<article><h1>Council extends the programme</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article>`;

describe('extractArticle', () => {
  it('never changes the document it reads', () => {
    const document = parseHtml(
      page(`${BODY}<div id="comments"><p>a comment</p></div><script>var x = 1;</script>`, {
        head: '<style>p { color: red }</style><title>Council extends the programme | The Daily</title>',
      }),
    );
    const before = document.documentElement.outerHTML;
    extractArticle(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('returns every field of the article', () => {
    const head = [
      '<title>Council extends the programme | The Daily</title>',
      '<meta property="og:site_name" content="The Daily">',
      '<meta property="og:image" content="/images/lead.jpg">',
      '<meta property="article:published_time" content="2024-05-02T10:00:00+02:00">',
      '<meta name="author" content="Sam Writer">',
    ].join('');
    const article = extractArticle(
      parseHtml(page(BODY, { head, lang: 'en' }), 'https://daily.example/news/1'),
    );
    expect(article).toMatchObject({
      url: 'https://daily.example/news/1',
      title: 'Council extends the programme',
      byline: 'Sam Writer',
      siteName: 'The Daily',
      lang: 'en',
      dir: 'ltr',
      publishedTime: '2024-05-02T08:00:00.000Z',
      leadImage: 'https://daily.example/images/lead.jpg',
      readerable: true,
    });
    expect(article.wordCount).toBeGreaterThan(150);
    expect(article.readingTimeMinutes).toBe(1);
    expect(article.excerpt).toContain('Paragraph 1');
    expect(article.html).toContain('<p>Paragraph 3:');
  });

  it('gives block-aware text: a line per paragraph, no glued words', () => {
    const html = page(
      `<article><h1>Heading here</h1><div><p>First paragraph ends here.</p><p>Second begins.</p></div>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article>`,
    );
    const { text } = extractArticle(parseHtml(html));
    expect(text).toContain('First paragraph ends here.\nSecond begins.');
    expect(text).not.toMatch(/here\.Second/);
  });

  it.each([
    ['Site | Headline', 'The Daily | Council extends the programme'],
    ['Headline - Site', 'Council extends the programme - The Daily'],
    ['Headline — Site', 'Council extends the programme — The Daily'],
  ])('takes the headline without the site name (%s)', (_form, title) => {
    const head = `<title>${title}</title><meta property="og:site_name" content="The Daily">`;
    expect(extractArticle(parseHtml(page(BODY, { head }))).title).toBe('Council extends the programme');
  });

  it('keeps a headline with a colon whole, as the page shows it', () => {
    const body = BODY.replace(
      '<h1>Council extends the programme</h1>',
      '<h1>Budget: council extends the programme</h1>',
    );
    const head = '<title>Budget: council extends the programme – The Daily</title>';
    const article = extractArticle(parseHtml(page(body, { head })));
    expect(article.title).toBe('Budget: council extends the programme');
  });

  it('does not repeat the headline at the top of the body', () => {
    const head = '<title>Council extends the programme | The Daily</title>';
    const article = extractArticle(parseHtml(page(BODY, { head })));
    expect(article.text.startsWith('Paragraph 1')).toBe(true);
  });

  it('has no lead image when the page has none (not the page URL)', () => {
    expect(extractArticle(parseHtml(page(BODY), 'https://daily.example/a')).leadImage).toBe('');
  });

  it('logs each removal with its step, reason and an excerpt', () => {
    const article = extractArticle(
      parseHtml(page(`${BODY}<div id="comments"><p>A reader comment here</p></div>`)),
    );
    expect(article.removed).toContainEqual({
      step: 'remove-comments',
      reason: 'comment section',
      text: 'A reader comment here',
    });
  });

  it('lets every step be switched off by name', () => {
    const document = parseHtml(page(`${BODY}<div id="comments"><p>A reader comment here</p></div>`));
    const names = STEPS.map((step) => step.name).filter((name) => name !== 'readability');
    const article = extractArticle(document, { disable: names });
    expect(article.removed).toEqual([]);
  });

  it('says when there is no article', () => {
    const document = parseHtml(page('<nav><a href="/">Home</a></nav>'));
    expect(() => extractArticle(document)).toThrowError(ExtractionError);
    try {
      extractArticle(document);
    } catch (error) {
      expect((error as ExtractionError).code).toBe('no-article');
    }
  });

  it('refuses a page larger than its element limit instead of freezing', () => {
    const document = parseHtml(page(`${BODY}${'<span></span>'.repeat(200)}`));
    expect(DEFAULT_MAX_ELEMENTS).toBeGreaterThanOrEqual(50_000);
    expect(() => extractArticle(document, { maxElements: 100 })).toThrowError(/more than 100 elements/);
  });
});

describe('readability step', () => {
  // A block with many Arabic commas and some links: Readability's clean-up counts only ASCII
  // commas, takes it for a "linky" low-text box and drops it. Qari counts ، as a comma.
  const linkyArabic = `<div class="note"><p>${'وقال المتحدث، إن الوزارة، <a href="/x">بالتعاون مع الهيئة الوطنية للتنمية</a>، ستواصل، '.repeat(4)}حتى نهاية العام.</p></div>`;
  const arabicBody = `<article><h1>عنوان الخبر</h1>${Array.from({ length: 4 }, (_, i) => `<p>الفقرة ${i}: أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين وتحسين شبكات الري في المحافظات الجنوبية خلال الموسم المقبل بالتعاون مع المنظمات الدولية.</p>`).join('')}${linkyArabic}</article>`;

  it('counts Arabic commas where Readability counts commas', () => {
    const html = page(arabicBody, { lang: 'ar', dir: 'rtl' });
    const plain = new Readability(parseHtml(html)).parse()?.textContent ?? '';
    const qari = extractArticle(parseHtml(html)).text;
    expect(plain).not.toContain('حتى نهاية العام');
    expect(qari).toContain('حتى نهاية العام');
  });
});
