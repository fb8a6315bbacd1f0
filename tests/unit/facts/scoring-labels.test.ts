import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GoldLabelError,
  locateGold,
  parseGoldFile,
  SCORED_KINDS,
} from '../../../scripts/bench/facts-scoring';
import {
  FIXTURE_PAGES_DIR,
  labelledFixtureSlugs,
  loadFixtureArticle,
} from '../../../scripts/bench/facts-text';
import { FACT_KINDS } from '../../../utils/facts/types';

const slugs = labelledFixtureSlugs();
const readRaw = (slug: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURE_PAGES_DIR, slug, 'facts.json'), 'utf8')) as unknown;
const expectedLang = (slug: string): string =>
  (JSON.parse(readFileSync(join(FIXTURE_PAGES_DIR, slug, 'expected.json'), 'utf8')) as { lang: string }).lang;

describe('gold key-facts labels', () => {
  it('label at least 12 Arabic and 6 English fixture articles', () => {
    const langs = slugs.map(expectedLang);
    expect(langs.filter((lang) => lang === 'ar').length).toBeGreaterThanOrEqual(12);
    expect(langs.filter((lang) => lang === 'en').length).toBeGreaterThanOrEqual(6);
  });

  describe.each(slugs.map((slug) => [slug] as const))('%s', (slug) => {
    const file = parseGoldFile(readRaw(slug), `${slug}/facts.json`);

    it('is in the language of the page, with a known kind per entry', () => {
      expect(file.lang).toBe(expectedLang(slug));
      for (const fact of file.facts) expect(FACT_KINDS).toContain(fact.kind);
    });

    it('locates every label in the extracted article text', () => {
      const { text } = loadFixtureArticle(slug);
      // Throws a GoldLabelError naming the entry when one does not locate.
      const spans = locateGold(text, file.facts, slug);
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(text.slice(span.start, span.end).length).toBeGreaterThan(0);
      // Every entry yields at least one span of its own (none is wholly hidden inside another).
      for (const fact of file.facts) {
        expect(
          spans.some((span) => span.kind === fact.kind && span.text === fact.text),
          `${fact.kind} "${fact.text}" only appears inside a longer label`,
        ).toBe(true);
      }
    });
  });

  it('are scored only for kinds with targets (emphasis is not labelled)', () => {
    expect(SCORED_KINDS).not.toContain('emphasis');
    expect(new GoldLabelError('x').name).toBe('GoldLabelError');
  });
});
