import { describe, expect, it } from 'vitest';
import {
  GoldLabelError,
  findWholeWordOccurrences,
  locateGold,
  meetsTarget,
  parseGoldFile,
  precisionRecall,
  scoreFixture,
  scoreSpeakers,
  speakersAgree,
} from '../../../scripts/bench/facts-scoring';
import type { GoldLabel, GoldSpan, PredictedSpan } from '../../../scripts/bench/facts-scoring';
import type { FactKind } from '../../../utils/facts/types';

/** The texts found, so a table row reads as what a reader would see highlighted. */
function found(text: string, needle: string): string[] {
  return findWholeWordOccurrences(text, needle).map(({ start, end }) => text.slice(start, end));
}

describe('findWholeWordOccurrences', () => {
  it.each([
    ['a name on its own', 'وأضاف حسين: لدينا', 'حسين', 1],
    ['conjunction و before a name', 'التقى وفؤاد حسين في أنقرة', 'فؤاد حسين', 1],
    ['preposition ب before ال', 'يشارك بالتحالف الدولي', 'التحالف الدولي', 1],
    ['ل + ال written لل', 'دعماً للتحالف الدولي', 'التحالف الدولي', 1],
    ['و + لل', 'وللتحالف الدولي دور', 'التحالف الدولي', 1],
    ['و before ال', 'بين تركيا والعراق', 'العراق', 1],
    ['a longer word is not the name', 'من العراقيين والسوريين', 'العراق', 0],
    ['letters before the word that are not proclitics', 'مفؤاد حسين', 'فؤاد حسين', 0],
    ['two proclitics too many', 'ووبالعراق', 'العراق', 0],
    ['a proclitic joined by a tatweel to digits', 'مقارنة بـ٤٫٩٪ في الربع الثاني', '٤٫٩٪', 1],
    ['every occurrence', 'داعش ثم داعش ثم لداعش', 'داعش', 3],
    ['digits inside a longer number', 'بنسبة 112% لا 12%', '12%', 1],
    ['English possessive', 'in Reed’s words, Reed said', 'Reed', 2],
    ['English word containing the name', 'Breed and Reeds', 'Reed', 0],
    ['a needle that starts and ends with marks', 'قال «سراج» و«سراج»', '«سراج»', 2],
  ])('%s', (_name, text, needle, count) => {
    const texts = found(text, needle);
    expect(texts).toHaveLength(count);
    for (const match of texts) expect(match).toBe(needle.startsWith('ال') ? match : needle);
  });

  it('gives the span of the name itself, not of the proclitic', () => {
    const text = 'وفؤاد حسين';
    expect(findWholeWordOccurrences(text, 'فؤاد حسين')).toEqual([{ start: 1, end: 10 }]);
    expect(found('للتحالف الدولي', 'التحالف الدولي')).toEqual(['لتحالف الدولي']);
  });
});

const label = (kind: FactKind, text: string, extra: Partial<GoldLabel> = {}): GoldLabel => ({
  kind,
  text,
  ...extra,
});

describe('locateGold', () => {
  const text = 'قال فؤاد حسين إن حسين التقى هاكان فيدان، ثم عاد حسين إلى بغداد.';

  it.each([
    ['every occurrence of an entry', [label('person', 'حسين')], ['حسين', 'حسين', 'حسين']],
    ['only the picked occurrence', [label('person', 'حسين', { occurrence: 2 })], ['حسين']],
    [
      'a short form inside the full name of the same kind is one mention',
      [label('person', 'فؤاد حسين'), label('person', 'حسين')],
      ['فؤاد حسين', 'حسين', 'حسين'],
    ],
    [
      'a span inside a span of another kind stays',
      [label('quote', 'حسين التقى هاكان فيدان'), label('person', 'هاكان فيدان')],
      ['حسين التقى هاكان فيدان', 'هاكان فيدان'],
    ],
  ])('%s', (_name, labels, expected) => {
    expect(locateGold(text, labels).map((span) => span.text)).toEqual(expected);
  });

  it('picks the occurrence by position in the text', () => {
    const [span] = locateGold(text, [label('person', 'حسين', { occurrence: 3 })]);
    expect(span && text.slice(span.start, span.end)).toBe('حسين');
    expect(span?.start).toBe(text.lastIndexOf('حسين'));
  });

  it('matches glued text only when the label says exact', () => {
    const glued = 'الباحثة د. عائشة المريوتعتزم الهيئة';
    expect(() => locateGold(glued, [label('person', 'عائشة المري')])).toThrow(GoldLabelError);
    expect(locateGold(glued, [label('person', 'عائشة المري', { exact: true })])).toEqual([
      { kind: 'person', text: 'عائشة المري', start: 11, end: 22 },
    ]);
  });

  it.each([
    ['a text that is not in the article', [label('place', 'دمشق')], /"دمشق" is not in the article text/],
    ['a word only inside a longer word', [label('place', 'بغدا')], /"بغدا" is not in the article text/],
    [
      'an occurrence past the last one',
      [label('person', 'حسين', { occurrence: 4 })],
      /occurrence 4 asked, 3 found/,
    ],
  ])('fails on %s', (_name, labels, message) => {
    expect(() => locateGold(text, labels, 'ar-test')).toThrow(message);
  });
});

describe('parseGoldFile', () => {
  it('keeps the fields of a valid file', () => {
    const file = parseGoldFile({
      lang: 'ar',
      facts: [
        { kind: 'quote', text: 'نص', speaker: 'فؤاد حسين' },
        { kind: 'person', text: 'حسين', occurrence: 2 },
      ],
    });
    expect(file).toEqual({
      lang: 'ar',
      facts: [
        { kind: 'quote', text: 'نص', speaker: 'فؤاد حسين' },
        { kind: 'person', text: 'حسين', occurrence: 2 },
      ],
    });
  });

  it.each([
    ['not an object', 'facts', /not a JSON object/],
    ['no language', { facts: [] }, /"lang"/],
    ['facts not a list', { lang: 'ar', facts: {} }, /"facts" must be an array/],
    [
      'an unknown kind',
      { lang: 'ar', facts: [{ kind: 'money', text: '5 دنانير' }] },
      /facts\[0\]: unknown kind "money"/,
    ],
    [
      'an empty text',
      { lang: 'en', facts: [{ kind: 'date', text: '' }] },
      /"text" must be a non-empty string/,
    ],
    [
      'a text with outer spaces',
      { lang: 'en', facts: [{ kind: 'date', text: ' May' }] },
      /without outer white space/,
    ],
    ['occurrence 0', { lang: 'en', facts: [{ kind: 'date', text: 'May', occurrence: 0 }] }, /"occurrence"/],
    [
      'a speaker that is not text',
      { lang: 'en', facts: [{ kind: 'quote', text: 'x', speaker: 3 }] },
      /"speaker"/,
    ],
  ])('rejects %s', (_name, data, message) => {
    expect(() => parseGoldFile(data, 'x/facts.json')).toThrow(message);
  });
});

const gold = (kind: FactKind, start: number, end: number): GoldSpan => ({ kind, text: '', start, end });
const predicted = (kind: FactKind, start: number, end: number): PredictedSpan => ({
  kind,
  text: '',
  start,
  end,
});

describe('scoreFixture', () => {
  it.each([
    ['an exact match', [gold('number', 0, 10)], [predicted('number', 0, 10)], 1, 1],
    ['a shorter prediction inside the gold span', [gold('number', 0, 30)], [predicted('number', 0, 2)], 1, 1],
    ['a longer prediction over the gold span', [gold('person', 5, 10)], [predicted('person', 0, 20)], 1, 1],
    ['touching spans do not overlap', [gold('date', 0, 10)], [predicted('date', 10, 20)], 0, 0],
    ['no predictions', [gold('quote', 0, 10)], [], NaN, 0],
    ['a prediction where there is no gold', [], [predicted('number', 0, 3)], 0, NaN],
    [
      'one prediction over two gold spans recalls both',
      [gold('number', 0, 5), gold('number', 6, 10)],
      [predicted('number', 0, 10)],
      1,
      1,
    ],
    [
      'two predictions on one gold span are both right',
      [gold('quote', 0, 50)],
      [predicted('quote', 0, 20), predicted('quote', 25, 50)],
      1,
      1,
    ],
  ])('%s', (_name, goldSpans, predictions, precision, recall) => {
    const kind = (goldSpans[0] ?? predictions[0])?.kind ?? 'number';
    const score = scoreFixture(goldSpans, predictions);
    expect(precisionRecall(score.counts[kind])).toEqual({ precision, recall });
  });

  it('does not count the same span of another kind', () => {
    const score = scoreFixture([gold('organization', 0, 10)], [predicted('place', 0, 10)]);
    expect(precisionRecall(score.counts.organization)).toEqual({ precision: NaN, recall: 0 });
    expect(precisionRecall(score.counts.place)).toEqual({ precision: 0, recall: NaN });
    expect(score.falsePositives).toEqual([predicted('place', 0, 10)]);
    expect(score.missedGold).toEqual([gold('organization', 0, 10)]);
  });

  it('lists the false positives and the missed gold', () => {
    const score = scoreFixture(
      [gold('person', 0, 9), gold('place', 20, 25)],
      [predicted('person', 0, 4), predicted('place', 30, 35), predicted('person', 40, 45)],
    );
    expect(score.falsePositives).toEqual([predicted('place', 30, 35), predicted('person', 40, 45)]);
    expect(score.missedGold).toEqual([gold('place', 20, 25)]);
    expect(score.counts.person).toEqual({ gold: 1, predicted: 2, matchedPredictions: 1, matchedGold: 1 });
    expect(score.counts.place).toEqual({ gold: 1, predicted: 1, matchedPredictions: 0, matchedGold: 0 });
  });

  it('does not score emphasis, which has no gold labels', () => {
    const score = scoreFixture([], [predicted('emphasis', 0, 10)]);
    expect(score.counts.emphasis.predicted).toBe(0);
    expect(score.falsePositives).toEqual([]);
  });
});

describe('meetsTarget', () => {
  const target = { precision: 0.95, recall: 0.9 };
  it.each([
    ['both above', { gold: 10, predicted: 10, matchedPredictions: 10, matchedGold: 9 }, true],
    ['recall short', { gold: 10, predicted: 8, matchedPredictions: 8, matchedGold: 8 }, false],
    ['precision short', { gold: 10, predicted: 20, matchedPredictions: 18, matchedGold: 10 }, false],
    ['nothing predicted for gold', { gold: 10, predicted: 0, matchedPredictions: 0, matchedGold: 0 }, false],
    [
      'nothing to find and nothing found',
      { gold: 0, predicted: 0, matchedPredictions: 0, matchedGold: 0 },
      true,
    ],
  ])('%s', (_name, counts, met) => {
    expect(meetsTarget(counts, target)).toBe(met);
  });
});

describe('speakers', () => {
  it.each([
    ['Margaret Ames', 'Ames', true],
    ['فؤاد حسين', 'وزير الخارجية العراقي فؤاد حسين', true],
    ['فؤاد حسين', 'حسين', true],
    ['Jim Torres', 'Linda Park', false],
    ['وزارة البيئة والموارد المائية', 'البيئة', true],
    ['سالم الكندي', 'المدير التنفيذي للشركة', false],
    ['Thomas Reed', '', false],
  ])('%s / %s → %s', (goldName, predictedName, agree) => {
    expect(speakersAgree(goldName, predictedName)).toBe(agree);
  });

  it('counts labelled quotes found, named right, and found without a speaker', () => {
    const quote = (start: number, end: number, speaker?: string): GoldSpan => ({
      kind: 'quote',
      text: '',
      start,
      end,
      ...(speaker ? { speaker } : {}),
    });
    const said = (start: number, end: number, speaker?: string): PredictedSpan => ({
      ...quote(start, end, speaker),
    });
    const counts = scoreSpeakers(
      [
        quote(0, 10, 'Rosa Delgado'),
        quote(20, 30, 'Tom Whitaker'),
        quote(40, 50, 'Lena Ortiz'),
        quote(60, 70),
      ],
      [said(0, 10, 'Delgado'), said(20, 30), said(60, 70, 'Greg Hanley')],
    );
    expect(counts).toEqual({ labelled: 3, found: 2, agreed: 1, unnamed: 1 });
  });
});
