import { describe, expect, it } from 'vitest';
import { canonicalUrlOf } from '@/utils/extraction/canonical-url';
import { extractArticle } from '@/utils/extraction';
import { parseHtml } from '../../helpers/parse-html';

function pageWith(head: string, url: string): Document {
  return parseHtml(`<html><head>${head}</head><body><p>x</p></body></html>`, url);
}

describe('canonicalUrlOf', () => {
  it.each([
    [
      'the canonical link on the same site',
      '<link rel="canonical" href="https://news.example/2024/story">',
      'https://news.example/2024/story?utm_source=x',
      'https://news.example/2024/story',
    ],
    [
      'a relative canonical link',
      '<link rel="canonical" href="/2024/story">',
      'https://news.example/amp/2024/story',
      'https://news.example/2024/story',
    ],
    [
      'the mobile page points at the www page',
      '<link rel="canonical" href="https://www.news.example/story">',
      'https://m.news.example/story',
      'https://www.news.example/story',
    ],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://news.example/story">',
      'https://news.example/story?fbclid=abc',
      'https://news.example/story',
    ],
    [
      'another site’s canonical is ignored',
      '<link rel="canonical" href="https://other.example/story">',
      'https://news.example/story#comments',
      'https://news.example/story',
    ],
    [
      'a non-http canonical is ignored',
      '<link rel="canonical" href="javascript:alert(1)">',
      'https://news.example/story',
      'https://news.example/story',
    ],
    [
      'tracking parameters go, real ones stay',
      '',
      'https://news.example/read?id=42&utm_medium=social&gclid=1&page=2#top',
      'https://news.example/read?id=42&page=2',
    ],
    [
      'tracking parameters are cleaned off the canonical link too',
      '<link rel="canonical" href="https://news.example/s?utm_campaign=a">',
      'https://news.example/s',
      'https://news.example/s',
    ],
    ['a page without an http address', '', 'about:blank', ''],
  ])('%s', (_name, head, url, expected) => {
    expect(canonicalUrlOf(pageWith(head, url), url)).toBe(expected);
  });

  it('is part of the extracted article', () => {
    const paragraph = '<p>' + 'كلمات المقال العربي الطويل '.repeat(30) + '</p>';
    const document = parseHtml(
      `<html lang="ar"><head><title>خبر</title><link rel="canonical" href="https://news.example/khabar"></head>
       <body><article><h1>عنوان الخبر هنا</h1>${paragraph}${paragraph}${paragraph}</article></body></html>`,
      'https://news.example/khabar?utm_source=tw',
    );
    const article = extractArticle(document);
    expect(article.url).toBe('https://news.example/khabar?utm_source=tw');
    expect(article.canonicalUrl).toBe('https://news.example/khabar');
  });
});
