import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import {
  findMainContainer,
  flattenRunningText,
  runningTextLength,
} from '../../../utils/extraction/main-container';
import { page, parseHtml } from '../../helpers/parse-html';

const SENTENCE =
  'The committee heard from growers, engineers and residents, and each of them described a different part of the same problem';

function paragraphs(section: number, count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>Section ${section}, paragraph ${index + 1}: ${SENTENCE}, which is why the plan changed.</p>`,
  ).join('');
}

/** A page builder's rows: every section of the article in wrappers of its own, three deep. */
function pageBuilderArticle(sections: number[]): string {
  const rows = sections
    .map(
      (count, index) =>
        `<div class="row layout"><div class="column"><div class="widget text"><h2>Part ${index + 1}</h2><div class="widget-inner"><div class="rich-text">${paragraphs(index + 1, count)}</div></div></div></div></div>`,
    )
    .join('');
  return `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main id="main_container">${rows}</main><footer><p>© 2025 The Valley Courier</p></footer>`;
}

/** [what, sections (paragraphs in each)] */
const SPLIT_ARTICLES: [string, number[]][] = [
  ['one long section and many short ones', [2, 10, 2, 2, 3, 2, 2, 3]],
  ['sections of equal length', [3, 3, 3, 3, 3, 3]],
];

describe('reading the main container again when Readability kept one part', () => {
  it.each(SPLIT_ARTICLES)('%s: every section comes back', (_what, sections) => {
    const article = extractArticle(parseHtml(page(pageBuilderArticle(sections), { lang: 'en' })));
    sections.forEach((count, index) => {
      expect(article.text).toContain(`Section ${index + 1}, paragraph 1:`);
      expect(article.text).toContain(`Section ${index + 1}, paragraph ${count}:`);
    });
    expect(article.text).not.toContain('The Valley Courier');
    // The second reading prepares the page again; what the steps removed is logged once.
    const removals = article.removed.map((removal) => JSON.stringify(removal));
    expect(new Set(removals).size).toBe(removals.length);
  });

  it('does not count teaser cards as running text', () => {
    const cards = Array.from(
      { length: 10 },
      (_, index) =>
        `<article class="card"><a href="/story-${index}"><h4>Story ${index}</h4><p>Teaser ${index}: ${SENTENCE}.</p></a></article>`,
    ).join('');
    const document = parseHtml(page(`<main>${paragraphs(1, 3)}</main><aside>${cards}</aside>`));
    const main = document.querySelector('main');
    expect(main).not.toBeNull();
    if (main) expect(runningTextLength(document.body)).toBe(runningTextLength(main));
    expect(runningTextLength(document.body)).toBeGreaterThan(0);
  });
});

describe('findMainContainer', () => {
  it('is the deepest element with nearly all the running text', () => {
    const document = parseHtml(page(pageBuilderArticle([3, 3, 3])));
    expect(findMainContainer(document.body, 500)?.element.id).toBe('main_container');
  });

  it('is nothing on a page with little running text', () => {
    const document = parseHtml(page(`<main>${paragraphs(1, 2)}</main>`));
    expect(findMainContainer(document.body, 1_000)).toBeNull();
  });
});

describe('flattenRunningText', () => {
  it('lifts the paragraphs to the container and leaves other boxes wrapped', () => {
    const document = parseHtml(
      page(
        `<main><div><div><p>${SENTENCE}.</p></div><div class="share"><a href="#">Share</a></div></div></main>`,
      ),
    );
    const main = document.querySelector('main') ?? document.body;
    flattenRunningText(main);
    expect(Array.from(main.children, (child) => child.localName)).toEqual(['p', 'div']);
    expect(main.textContent).toContain('Share');
  });
});
