import { describe, expect, it } from 'vitest';
import { countStrongLetters } from '../../../utils/direction/script-direction';

describe('countStrongLetters', () => {
  // Letters only: digits (Arabic-Indic too), harakat, punctuation, emoji and lone surrogates count
  // for neither direction; astral letters (CJK Extension B, Adlam is RTL but not listed) count once.
  it.each([
    ['', 0, 0],
    ['مرحبا بالعالم', 12, 0],
    ['مُحَمَّدٌ', 4, 0],
    ['١٢٣ 456 ،؟!', 0, 0],
    ['שלום עולם', 8, 0],
    ['ܫܠܡܐ', 4, 0],
    ['Hello, world', 0, 10],
    ['Ελληνικά и кириллица', 0, 18],
    ['漢字かな𠀋𠀋', 0, 6],
    ['😀👍 \uD800 \uDC00', 0, 0],
    ['قال Reuters إن 30%', 5, 7],
  ])('%j: %i right-to-left, %i left-to-right', (text, rtl, ltr) => {
    expect(countStrongLetters(text)).toEqual({ rtl, ltr });
  });

  it('counts the same as the letters a Unicode-property regex finds, on every BMP character', () => {
    const all = Array.from({ length: 0xd800 }, (_, code) => String.fromCharCode(code)).join('');
    const rtl = all.match(
      /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu,
    );
    const letters = all.match(/\p{L}/gu);
    const counted = countStrongLetters(all);
    expect(counted.rtl).toBe(rtl?.length);
    expect(counted.rtl + counted.ltr).toBe(letters?.length);
  });
});
