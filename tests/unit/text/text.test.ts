import { describe, expect, it } from 'vitest';
import { blockText, countWords } from '../../../utils/text/block-text';
import { foldArabic, foldForMatching } from '../../../utils/text/fold-arabic';
import { parseHtml } from '../../helpers/parse-html';

describe('blockText', () => {
  it.each([
    ['paragraphs', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['headings and divs', '<h2>Title</h2><div>body</div>', 'Title\nbody'],
    ['br', 'line one<br>line two', 'line one\nline two'],
    ['inline elements stay on the line', '<p>a <b>bold</b> word</p>', 'a bold word'],
    ['table cells', '<table><tr><td>1</td><td>2</td></tr></table>', '1\n2'],
    ['scripts and styles are not text', '<p>x</p><script>var a</script><style>p{}</style>', 'x'],
    ['white space collapses', '<p>  a\n\n   b  </p>', 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(blockText(parseHtml(`<body>${html}</body>`).body)).toBe(expected);
  });
});

describe('countWords', () => {
  it.each([
    ['Two words', 2],
    ['وزير الخارجية العراقي', 3],
    ['تقدّماً واضحاً', 2],
    ['10 آلاف من الإرهابيين', 4],
    ['', 0],
  ])('%s → %i', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('foldArabic', () => {
  it.each([
    ['اقرأ أيضاً', 'اقرا ايضا'],
    ['إقرأ', 'اقرا'],
    ['آلاف', 'الاف'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['العـــربية', 'العربيه'],
    ['مُحَمَّد', 'محمد'],
  ])('%s → %s', (input, folded) => {
    expect(foldArabic(input)).toBe(folded);
  });

  it('folds case and white space for matching', () => {
    expect(foldForMatching('  Leave   a REPLY ')).toBe('leave a reply');
  });
});
