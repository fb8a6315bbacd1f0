import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findKeyFacts } from '../../../utils/facts';
import { highlightFacts } from '../../../utils/facts/highlight-facts';
import { collectText } from '../../../utils/facts/text-index';
import { extractArticle } from '../../../utils/extraction';
import { FIXTURE_DIR, loadFixturePages } from '../../fixtures/fixture-pages';

function rootOf(html: string): HTMLElement {
  const { document } = new JSDOM(`<!doctype html><body><div id="root">${html}</div>`).window;
  return document.getElementById('root') as HTMLElement;
}

const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;

/** The characters just outside a mark, in document order (its text's neighbours). */
function neighbours(root: HTMLElement, mark: Element): [string, string, number, number] {
  const text = root.textContent ?? '';
  const range = root.ownerDocument.createRange();
  range.setStart(root, 0);
  range.setEndBefore(mark);
  const start = range.toString().length;
  const end = start + (mark.textContent ?? '').length;
  return [text[start - 1] ?? ' ', text[end] ?? ' ', start, end];
}

const PAGES = loadFixturePages().filter((page) => page.expected.readerable);

describe.each(PAGES)('highlightFacts on fixture $slug', ({ html, expected }) => {
  const article = extractArticle(new JSDOM(html, { url: expected.url }).window.document);
  const plain = rootOf(article.html);
  const root = rootOf(article.html);
  const facts = findKeyFacts(root, { lang: article.lang });
  const marks = highlightFacts(root, facts);

  it('changes no text: every block reads the same, in the same order', () => {
    expect(root.textContent).toBe(plain.textContent);
    const blocks = (element: HTMLElement) =>
      [...element.querySelectorAll('p, li, h2, h3, blockquote')].map((block) => block.textContent);
    expect(blocks(root)).toEqual(blocks(plain));
  });

  it('marks each fact, with its kind and no direction of its own', () => {
    expect(marks.filter(Boolean).length).toBe(facts.length);
    for (const [index, fact] of facts.entries()) {
      expect(marks[index]?.dataset.fact).toBe(fact.kind);
      expect(marks[index]?.hasAttribute('dir')).toBe(false);
    }
  });

  it('never begins or ends a mark inside a word (Arabic letters keep joining)', () => {
    // Blocks meet without a space in textContent: a block edge is a word's end as a reader sees it.
    const edges = new Set(collectText(plain).blockEdges);
    for (const mark of root.querySelectorAll('mark[data-fact]')) {
      const [before, after, start, end] = neighbours(root, mark);
      const text = mark.textContent ?? '';
      const cutsStart =
        !edges.has(start) && LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(text[0] ?? ' ');
      const cutsEnd =
        !edges.has(end) && LETTER_OR_MARK.test(after) && LETTER_OR_MARK.test(text[text.length - 1] ?? ' ');
      expect([text, cutsStart || cutsEnd]).toEqual([text, false]);
    }
  });
});

describe('highlightFacts', () => {
  it('nests a number inside a quote, outer mark first', () => {
    const root = rootOf('<p>قال الوزير: ”وصل 300 لاجئ إلى المدينة هذا الصباح.”</p>');
    highlightFacts(root, findKeyFacts(root, { lang: 'ar' }));
    const quote = root.querySelector('mark[data-fact="quote"]');
    expect(quote?.querySelector('mark[data-fact="number"]')?.textContent).toBe('300 لاجئ');
  });

  it('puts one mark on each text piece of a fact that runs across elements', () => {
    const root = rootOf('<p>أكد الرئيس <b>ماكرون</b> أن الحوار مستمر.</p>');
    highlightFacts(root, findKeyFacts(root, { lang: 'ar' }));
    const person = [...root.querySelectorAll('mark[data-fact="person"]')].map((mark) => mark.textContent);
    expect(person).toEqual(['الرئيس ', 'ماكرون']);
    expect(root.querySelector('b > mark[data-fact="person"]')?.textContent).toBe('ماكرون');
  });

  it('gives marks the tooltip the view asks for', () => {
    const root = rootOf('<p>زار الوفد بغداد أمس.</p>');
    highlightFacts(root, findKeyFacts(root, { lang: 'ar' }), { describe: (fact) => `kind:${fact.kind}` });
    expect([...root.querySelectorAll('mark')].map((mark) => mark.title)).toEqual(['kind:place', 'kind:date']);
  });

  it('highlights the seed article without touching its words', () => {
    const page = readFileSync(join(FIXTURE_DIR, 'ar-seed-wordpress', 'source.html'), 'utf8');
    const article = extractArticle(new JSDOM(page, { url: 'https://baznews.example/a/' }).window.document);
    const root = rootOf(article.html);
    highlightFacts(root, findKeyFacts(root, { lang: 'ar' }));
    const kinds = new Set([...root.querySelectorAll('mark')].map((mark) => mark.getAttribute('data-fact')));
    expect([...kinds].sort()).toEqual(['emphasis', 'number', 'organization', 'person', 'place', 'quote']);
    expect(root.textContent).toBe(rootOf(article.html).textContent);
  });
});
