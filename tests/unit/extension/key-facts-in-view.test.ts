import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractInPage } from '@/utils/browser/extract-in-page';
import { extractArticle } from '@/utils/extraction/extract-article';
import { extractArticleWithoutKeyFacts } from '@/utils/extraction/extract-without-key-facts';
import { withShownKeyFacts } from '@/components/reader/shown-key-facts';
import type { SanitizerWindow } from '@/utils/sanitize/sanitize-article';
import { parseHtml } from '../../helpers/parse-html';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
const load = (slug: string): Document =>
  parseHtml(readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'), `https://news.example/${slug}`);

function articleOf(slug: string, keyFacts: boolean) {
  // No time budget: jsdom's computed styles are far slower than a browser's, and a busy machine
  // made the seed page overrun the browser's 2.5 s ("too-large") once.
  const extract = keyFacts ? extractArticle : extractArticleWithoutKeyFacts;
  const outcome = extractInPage(load(slug), extract, Number.POSITIVE_INFINITY);
  if (!outcome.ok) throw new Error(`${slug}: ${outcome.code}`);
  return outcome.article;
}

describe('key facts: found once, by the reading view', () => {
  it.each(['ar-seed-wordpress', 'ar-video-embed', 'en-news-related', 'en-drupal-public-radio'])(
    '%s: the view reads the page without them, and a save from the view has what it shows',
    (slug) => {
      const withFacts = articleOf(slug, true);
      const withoutFacts = articleOf(slug, false);
      // The page skips only the key facts: the article itself is the same.
      expect(withoutFacts.keyFacts).toEqual([]);
      expect(withoutFacts.html).toBe(withFacts.html);
      expect(withoutFacts.text).toBe(withFacts.text);
      expect(withFacts.keyFacts.length).toBeGreaterThan(0);
      // A save from the view finds them on the body as the view renders it: the page's own.
      const window = parseHtml('<!doctype html><body></body>').defaultView as unknown as SanitizerWindow;
      expect(withShownKeyFacts(withoutFacts, window).keyFacts).toEqual(withFacts.keyFacts);
    },
  );
});
