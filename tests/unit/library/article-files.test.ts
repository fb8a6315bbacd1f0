import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  articleFiles,
  articleHtml,
  articleMarkdown,
  fileNameFor,
} from '@/utils/storage/library/article-files';
import type { SavedArticle } from '@/utils/storage/library/types';
import { sampleArticle, sanitizerWindow } from './library-helpers';

function saved(overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    ...sampleArticle(),
    id: 'a1',
    site: 'news.example',
    tags: [],
    savedAt: 0,
    updatedAt: 0,
    readingPosition: 0,
    size: 0,
    html: '<h2>القسم الأول</h2><p>أعلنت <strong>الإمارات</strong> اليوم.</p><ul><li>بند</li></ul>',
    ...overrides,
  };
}

const HOSTILE = '<p>نص</p><script>alert(1)</script><img src="https://i.example/a.png" onerror="alert(2)">';

describe('article files', () => {
  it('Markdown: the title, the source and the body with its structure', () => {
    const markdown = articleMarkdown(saved(), sanitizerWindow);
    expect(markdown).toContain('# الإمارات تطلق قمراً صناعياً');
    expect(markdown).toContain('<https://news.example/2024/uae-satellite?utm_source=x>');
    expect(markdown).toContain('## القسم الأول');
    expect(markdown).toContain('أعلنت **الإمارات** اليوم.');
    expect(markdown).toMatch(/^-\s+بند$/m);
  });

  it('HTML: a standalone page in the article’s language and direction, title as text', () => {
    const html = articleHtml(saved({ title: 'A <b>bold</b> "title"' }), sanitizerWindow);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;title&quot;</title>');
    expect(html).toContain('<strong>الإمارات</strong>');
    expect(html).toContain("default-src 'none'");
  });

  it.each([
    ['markdown', articleMarkdown],
    ['html', articleHtml],
  ] as const)('%s: the body is sanitized again', (_format, render) => {
    const output = render(saved({ html: HOSTILE }), sanitizerWindow);
    expect(output).toContain('نص');
    expect(output).not.toMatch(/<script|alert|onerror/);
  });

  it.each([
    ['a plain title', 'Harbour news', 'Harbour-news.md'],
    ['an Arabic title', 'الإمارات: قمر جديد', 'الإمارات-قمر-جديد.md'],
    ['path characters', '../../etc/passwd', 'etc-passwd.md'],
    ['nothing usable', '///', 'article.md'],
  ])('file names: %s', (_name, title, expected) => {
    expect(fileNameFor(title, 'md')).toBe(expected);
  });

  it('one article is one file; several are one zip with a file each (names kept apart)', () => {
    const one = articleFiles([saved()], 'markdown', sanitizerWindow);
    expect(one.name).toBe('الإمارات-تطلق-قمراً-صناعياً.md');
    expect(strFromU8(one.bytes)).toContain('# الإمارات');
    const several = articleFiles(
      [saved(), saved({ id: 'a2' }), saved({ id: 'a3', title: 'Other' })],
      'html',
      sanitizerWindow,
    );
    expect(several.name).toBe('qari-articles.zip');
    const files = unzipSync(several.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'Other.html',
      'الإمارات-تطلق-قمراً-صناعياً-2.html',
      'الإمارات-تطلق-قمراً-صناعياً.html',
    ]);
    expect(strFromU8(files['Other.html'] ?? new Uint8Array())).toContain('<title>Other</title>');
  });
});
