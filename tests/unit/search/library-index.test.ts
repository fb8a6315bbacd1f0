import { describe, expect, it } from 'vitest';
import { INDEXED_TEXT_CHARS, LibraryIndex } from '@/utils/search/library-index';

const ARTICLES = [
  {
    id: 'uae',
    title: 'الإمارات تطلق قمراً صناعياً جديداً',
    site: 'الخليج khaleej.example',
    text: 'أعلنت دولة الإمارات العربية المتحدة اليوم إطلاق قمر صناعي في عام ٢٠٢٤.',
  },
  {
    id: 'school',
    title: 'افتتاح مَدْرَسَة جديدة في الرياض',
    site: 'الرياض riyadh.example',
    text: 'افتُتحت المدرسة بحضور وزير التعليم، وقال المدير إنها تستقبل ٥٠٠ طالب.',
  },
  {
    id: 'cafe',
    title: 'The Café that never closes',
    site: 'The Paris Review parisreview.example',
    text: 'A small café in Montmartre has served coffee every day since 1924.',
  },
  {
    id: 'tide',
    title: 'Harbour town opens a tidal power station',
    site: 'Coast News coast.example',
    text: 'Residents financed, designed and largely built the station themselves.',
  },
];

function indexOf(articles = ARTICLES): LibraryIndex {
  const index = new LibraryIndex();
  index.putAll(articles);
  return index;
}

describe('library search', () => {
  it.each([
    ['the alef without hamza', 'الامارات', ['uae']],
    ['hamza below, no article', 'إمارات', ['uae']],
    ['with the conjunction و', 'والإمارات', ['uae']],
    ['teh marbuta typed as heh, no diacritics', 'مدرسه', ['school']],
    ['with diacritics typed', 'مَدْرَسَة', ['school']],
    ['with the article and a preposition', 'بالمدرسة', ['school']],
    ['Western digits find Arabic-Indic ones', '2024', ['uae']],
    ['Arabic-Indic digits find Western ones', '١٩٢٤', ['cafe']],
    ['accents ignored', 'cafe', ['cafe']],
    ['case ignored', 'HARBOUR', ['tide']],
    ['a prefix as typed', 'harb', ['tide']],
    ['an Arabic prefix as typed', 'الاما', ['uae']],
    ['the site', 'riyadh', ['school']],
    ['the full text', 'montmartre', ['cafe']],
    ['every word must match', 'café tidal', []],
    ['two words, both present', 'tidal station', ['tide']],
    ['a word in no article', 'zeppelin', []],
    ['one letter matches whole words only, not every word it begins', 'm', []],
    ['two letters are a prefix', 'mo', ['cafe']],
  ])('%s: %s', (_name, query, expected) => {
    expect(indexOf().search(query)).toEqual(expected);
  });

  it('ranks a title match above a match in the text', () => {
    const index = indexOf([
      { id: 'in-text', title: 'Weather today', site: 'a.example', text: 'The harbour was calm.' },
      { id: 'in-title', title: 'Harbour news', site: 'b.example', text: 'Nothing much.' },
    ]);
    expect(index.search('harbour')).toEqual(['in-title', 'in-text']);
  });

  it('an empty or punctuation-only query matches nothing', () => {
    expect(indexOf().search('  ،. ')).toEqual([]);
  });

  it('updates and removes entries', () => {
    const index = indexOf();
    index.put({ id: 'tide', title: 'Tidal station shuts', site: 'coast.example', text: '' });
    expect(index.search('residents')).toEqual([]);
    expect(index.search('shuts')).toEqual(['tide']);
    index.remove('uae');
    expect(index.search('الامارات')).toEqual([]);
    expect(index.size).toBe(3);
  });

  it(`indexes the first ${INDEXED_TEXT_CHARS} characters of the text`, () => {
    const filler = 'word '.repeat(INDEXED_TEXT_CHARS / 5);
    const index = indexOf([{ id: 'long', title: 'Long', site: 'x.example', text: `early ${filler} late` }]);
    expect(index.search('early')).toEqual(['long']);
    expect(index.search('late')).toEqual([]);
  });
});
