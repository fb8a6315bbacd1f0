/**
 * The article body of a fixture page as the key-facts analyzer sees it: the page run through
 * `extractArticle` (jsdom, at the fixture's own URL), then the sanitized `article.html` parsed
 * into a root element. Gold labels and predicted offsets both refer to `root.textContent`.
 * Run directly (`npx tsx scripts/bench/facts-text.ts [slug...]`) to print the text labels are made from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extraction';
import { countWords } from '../../utils/text/block-text';
import type { KeyFact } from '../../utils/facts/types';

export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

export interface FixtureArticle {
  slug: string;
  /** The article's language from the fixture's expected.json (`ar`, `en`…). */
  lang: string;
  root: HTMLElement;
  text: string;
  wordCount: number;
  /** The facts the extraction pipeline attached (`article.keyFacts`), offsets into `text`. */
  pipelineFacts: KeyFact[];
}

/** Parses sanitized article HTML into a detached root element (scripts never run). */
export function articleRoot(html: string): HTMLElement {
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const root = document.createElement('div');
  // The HTML is extractArticle's sanitized output; jsdom is a throwaway document with scripts off.
  // eslint-disable-next-line no-unsanitized/property
  root.innerHTML = html;
  return root;
}

/** Extracts one fixture's article body. */
export function loadFixtureArticle(slug: string): FixtureArticle {
  const folder = join(FIXTURE_PAGES_DIR, slug);
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as {
    url: string;
    lang: string;
  };
  const html = readFileSync(join(folder, 'source.html'), 'utf8');
  const page = new JSDOM(html, { url: expected.url }).window.document;
  const article = extractArticle(page);
  const root = articleRoot(article.html);
  const text = root.textContent ?? '';
  return {
    slug,
    lang: expected.lang,
    root,
    text,
    wordCount: countWords(text),
    pipelineFacts: article.keyFacts,
  };
}

/** Fixture folders that hold gold key-facts labels (`facts.json`), sorted by slug. */
export function labelledFixtureSlugs(): string[] {
  return readdirSync(FIXTURE_PAGES_DIR)
    .filter((slug) => existsSync(join(FIXTURE_PAGES_DIR, slug, 'facts.json')))
    .sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const slug of process.argv.slice(2)) {
    const article = loadFixtureArticle(slug);
    process.stdout.write(
      `==> ${slug} (${article.lang}, ${article.wordCount} words) <==\n${article.text}\n\n`,
    );
  }
}
