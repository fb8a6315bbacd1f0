/**
 * Scoring for `npm run bench:facts`: gold key-facts labels (`tests/fixtures/pages/<slug>/facts.json`)
 * are located in the article text, then predicted facts are matched against them per kind.
 * Pure: strings and plain objects in, numbers out (no DOM, no files).
 *
 * How the labels were made (keep to it when labelling another fixture): read the article body as
 * `npx tsx scripts/bench/facts-text.ts <slug>` prints it (what Qari extracts, captions and bylines
 * included) and label every number, date and quote, and the people, organisations and places the
 * story names, every mention. Span edges:
 * - number: the figure with what it counts ("10 آلاف من الإرهابيين وعائلاتهم", "75 percent
 *   hydration"), with "more than/أكثر من" but without "about/نحو/قرابة"; duals that count (عامين،
 *   كيلومترين) and fractions (الثلث، a quarter of…) are numbers; ordinals (اليوم الأول) and vague
 *   words (بضعة، several) are not. A count inside a date ("منذ ثلاثين عاماً") is a number too.
 * - date: calendar dates, weekdays, clock times, decades and centuries, and spans relative to the
 *   article's now (أمس، العام الماضي، منذ أسبوع، بعد ثلاثة أشهر، next summer); not seasons, not a
 *   duration anchored to another event ("قبل ساعتين من صافرة البداية"), not "today" meaning nowadays.
 *   Digits of a calendar date are not numbers.
 * - quote: the words inside the quotation marks (closing punctuation inside the marks included);
 *   an embedded post or a quoted line set as a blockquote without marks is a quote, the author's own
 *   pull quote is not; scare quotes and names in quotes («الواسطة», «سراج») are not.
 * - person: the name without title or office (kept in `title`); later short forms (حسين، Ames)
 *   are labelled too. organization / place: proper names only, not generic references (الهيئة،
 *   البلدية، the council); a place inside an organisation's name is not a separate place.
 */
import { FACT_KINDS } from '../../utils/facts/types';
import type { FactKind } from '../../utils/facts/types';

/** One label as written in facts.json. */
export interface GoldLabel {
  kind: FactKind;
  /** An exact substring of the article root's textContent. */
  text: string;
  /** 1-based: only this whole-word occurrence of `text`; without it, every occurrence is gold. */
  occurrence?: number;
  /**
   * Match `text` anywhere, without the whole-word check: for a name glued to the next block's first
   * word in textContent (blocks have no space between them: "د. عائشة المريوتعتزم").
   */
  exact?: boolean;
  speaker?: string;
  title?: string;
  note?: string;
}

export interface GoldFile {
  lang: string;
  facts: GoldLabel[];
  /**
   * A held-out page: labelled by hand before the analyzer was first run on it, and never used to
   * tune its rules; bench:facts scores it apart from the tuning set, as a check on overfitting.
   */
  heldOut?: boolean;
}

/** A located gold span: `[start, end)` into the article text. */
export interface GoldSpan {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  /** Quotes: who said it, from the label. */
  speaker?: string;
}

/** The part of a predicted fact the scorer looks at (a `KeyFact` fits). */
export interface PredictedSpan {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  speaker?: string;
}

export interface KindCounts {
  gold: number;
  predicted: number;
  /** Predictions overlapping a gold span of the same kind. */
  matchedPredictions: number;
  /** Gold spans overlapped by at least one prediction of the same kind. */
  matchedGold: number;
}

export interface FixtureScore {
  counts: Record<FactKind, KindCounts>;
  falsePositives: PredictedSpan[];
  missedGold: GoldSpan[];
}

export interface Target {
  precision: number;
  recall: number;
}

/** The targets; `emphasis` has none (it is the source's own markup, not labelled). */
export const TARGETS: Partial<Record<FactKind, Target>> = {
  number: { precision: 0.95, recall: 0.9 },
  date: { precision: 0.95, recall: 0.9 },
  quote: { precision: 0.95, recall: 0.9 },
  person: { precision: 0.85, recall: 0.75 },
  organization: { precision: 0.85, recall: 0.75 },
  place: { precision: 0.85, recall: 0.75 },
};

/** Kinds the gold labels cover; predictions of other kinds are not scored. */
export const SCORED_KINDS: readonly FactKind[] = FACT_KINDS.filter((kind) => kind in TARGETS);

export class GoldLabelError extends Error {
  override name = 'GoldLabelError';
}

/** Checks the shape of a parsed facts.json; throws a GoldLabelError naming the bad entry. */
export function parseGoldFile(data: unknown, source = 'facts.json'): GoldFile {
  const fail = (message: string): never => {
    throw new GoldLabelError(`${source}: ${message}`);
  };
  if (typeof data !== 'object' || data === null) return fail('not a JSON object');
  const { lang, facts, heldOut } = data as { lang?: unknown; facts?: unknown; heldOut?: unknown };
  if (typeof lang !== 'string' || !lang) return fail('"lang" must be a language tag');
  if (heldOut !== undefined && typeof heldOut !== 'boolean') return fail('"heldOut" must be true or false');
  if (!Array.isArray(facts)) return fail('"facts" must be an array');
  const labels = facts.map((entry: unknown, index): GoldLabel => {
    const where = `facts[${index}]`;
    if (typeof entry !== 'object' || entry === null) return fail(`${where} is not an object`);
    const { kind, text, occurrence, exact, speaker, title, note } = entry as Record<string, unknown>;
    if (typeof kind !== 'string' || !(FACT_KINDS as readonly string[]).includes(kind)) {
      return fail(
        `${where}: unknown kind ${JSON.stringify(kind)} (expected one of ${FACT_KINDS.join(', ')})`,
      );
    }
    if (typeof text !== 'string' || text.trim() !== text || !text) {
      return fail(`${where}: "text" must be a non-empty string without outer white space`);
    }
    if (occurrence !== undefined && !(Number.isInteger(occurrence) && (occurrence as number) >= 1)) {
      return fail(`${where}: "occurrence" must be a whole number from 1`);
    }
    if (exact !== undefined && typeof exact !== 'boolean')
      return fail(`${where}: "exact" must be true or false`);
    for (const [name, value] of Object.entries({ speaker, title, note })) {
      if (value !== undefined && typeof value !== 'string')
        return fail(`${where}: "${name}" must be a string`);
    }
    return {
      kind: kind as FactKind,
      text,
      ...(occurrence === undefined ? {} : { occurrence: occurrence as number }),
      ...(exact === true ? { exact } : {}),
      ...(typeof speaker === 'string' ? { speaker } : {}),
      ...(typeof title === 'string' ? { title } : {}),
      ...(typeof note === 'string' ? { note } : {}),
    };
  });
  return { lang, facts: labels, ...(heldOut === true ? { heldOut } : {}) };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Arabic proclitics that may sit before a word without a space: conjunctions و/ف, prepositions
 * ب/ل/ك, and the article ال with them (وال، بال، فال، كال، وبال…), and لل (ل + ال); a tatweel may
 * join a proclitic to a digit or Latin word ("بـ٤٫٩٪").
 */
const PROCLITIC = /^(?:[وف]?[بلك]?|[وف]?[بك]?ال|[وف]?لل)ـ?$/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/** Whether `text[start]` begins a word, allowing Arabic proclitics glued to it. */
function startsWord(text: string, start: number): boolean {
  let prefixStart = start;
  while (prefixStart > 0 && isWordChar(text[prefixStart - 1])) prefixStart -= 1;
  return PROCLITIC.test(text.slice(prefixStart, start));
}

/**
 * Whole-word occurrences of `needle` in `text`. A needle edge that is a letter or digit must meet a
 * word boundary (an Arabic proclitic before it counts as one: "وفؤاد حسين" holds "فؤاد حسين"); a
 * needle starting with ال also matches after ل as لل ("للتحالف" holds "التحالف"). The span covers
 * the needle itself (for لل, from the second ل).
 */
export function findWholeWordOccurrences(text: string, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  const consider = (start: number, end: number, boundaryOk: boolean): void => {
    if (!boundaryOk) return;
    if (checkEnd && isWordChar(text[end])) return;
    found.push({ start, end });
  };
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    consider(at, at + needle.length, !checkStart || startsWord(text, at));
  }
  if (needle.startsWith('ال') && needle.length > 2) {
    // ل + ال is written لل: "للتحالف" is ل + "التحالف" with the alif dropped.
    const contracted = `ل${needle.slice(2)}`;
    for (let at = text.indexOf(contracted); at !== -1; at = text.indexOf(contracted, at + 1)) {
      // The match must follow a ل that starts the word (after an optional و/ف).
      if (text[at - 1] !== 'ل') continue;
      consider(at, at + contracted.length, /^[وف]?$/u.test(wordPrefix(text, at - 1)));
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** Every occurrence of `needle`, word boundaries or not. */
export function findSubstrings(text: string, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

function wordPrefix(text: string, end: number): string {
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) start -= 1;
  return text.slice(start, end);
}

const spanOf = (label: GoldLabel): Omit<GoldSpan, 'start' | 'end'> => ({
  kind: label.kind,
  text: label.text,
  ...(label.speaker ? { speaker: label.speaker } : {}),
});

/**
 * Every gold span of a fixture. Throws a GoldLabelError when a label does not locate (a typo or a
 * label for text the extractor dropped). A span inside a longer gold span of the same kind is the
 * same mention ("حسين" inside "فؤاد حسين") and is dropped, so labelling a short form as well as
 * the full name does not count one mention twice.
 */
export function locateGold(text: string, labels: readonly GoldLabel[], source = 'facts.json'): GoldSpan[] {
  const spans: GoldSpan[] = [];
  labels.forEach((label, index) => {
    const occurrences = label.exact
      ? findSubstrings(text, label.text)
      : findWholeWordOccurrences(text, label.text);
    const where = `${source}: facts[${index}] ${label.kind} ${JSON.stringify(label.text)}`;
    if (occurrences.length === 0) throw new GoldLabelError(`${where} is not in the article text`);
    if (label.occurrence !== undefined) {
      const picked = occurrences[label.occurrence - 1];
      if (!picked) {
        throw new GoldLabelError(
          `${where}: occurrence ${label.occurrence} asked, ${occurrences.length} found`,
        );
      }
      spans.push({ ...spanOf(label), ...picked });
    } else {
      for (const occurrence of occurrences) spans.push({ ...spanOf(label), ...occurrence });
    }
  });
  const unique = spans.filter(
    (span, index) =>
      spans.findIndex(
        (other) => other.kind === span.kind && other.start === span.start && other.end === span.end,
      ) === index,
  );
  return unique
    .filter(
      (span) =>
        !unique.some(
          (other) =>
            other !== span &&
            other.kind === span.kind &&
            other.start <= span.start &&
            other.end >= span.end &&
            other.end - other.start > span.end - span.start,
        ),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function emptyCounts(): Record<FactKind, KindCounts> {
  return Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, { gold: 0, predicted: 0, matchedPredictions: 0, matchedGold: 0 }]),
  ) as Record<FactKind, KindCounts>;
}

/**
 * Scores one fixture: a prediction is a true positive when its `[start, end)` overlaps a gold span of
 * the same kind; a gold span is recalled when at least one prediction of its kind overlaps it.
 * Only SCORED_KINDS count (emphasis is not labelled).
 */
export function scoreFixture(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): FixtureScore {
  const counts = emptyCounts();
  const falsePositives: PredictedSpan[] = [];
  const missedGold: GoldSpan[] = [];
  for (const prediction of predicted) {
    if (!SCORED_KINDS.includes(prediction.kind)) continue;
    const entry = counts[prediction.kind];
    entry.predicted += 1;
    if (gold.some((span) => span.kind === prediction.kind && overlaps(span, prediction))) {
      entry.matchedPredictions += 1;
    } else {
      falsePositives.push(prediction);
    }
  }
  for (const span of gold) {
    const entry = counts[span.kind];
    entry.gold += 1;
    if (predicted.some((prediction) => prediction.kind === span.kind && overlaps(span, prediction))) {
      entry.matchedGold += 1;
    } else {
      missedGold.push(span);
    }
  }
  return { counts, falsePositives, missedGold };
}

/** Adds fixture counts together (micro-average over all spans). */
export function sumCounts(all: readonly Record<FactKind, KindCounts>[]): Record<FactKind, KindCounts> {
  const total = emptyCounts();
  for (const counts of all) {
    for (const kind of FACT_KINDS) {
      total[kind].gold += counts[kind].gold;
      total[kind].predicted += counts[kind].predicted;
      total[kind].matchedPredictions += counts[kind].matchedPredictions;
      total[kind].matchedGold += counts[kind].matchedGold;
    }
  }
  return total;
}

/** Precision and recall; NaN when there is nothing to divide by (no predictions, no gold). */
export function precisionRecall(counts: KindCounts): { precision: number; recall: number } {
  return {
    precision: counts.predicted === 0 ? NaN : counts.matchedPredictions / counts.predicted,
    recall: counts.gold === 0 ? NaN : counts.matchedGold / counts.gold,
  };
}

/**
 * Whether a kind meets its target. Nothing to measure counts as met: no gold and no predictions;
 * no predictions at all with gold is caught by recall 0.
 */
export function meetsTarget(counts: KindCounts, target: Target): boolean {
  const { precision, recall } = precisionRecall(counts);
  return (
    (Number.isNaN(precision) || precision >= target.precision) &&
    (Number.isNaN(recall) || recall >= target.recall)
  );
}

export interface SpeakerCounts {
  /** Gold quotes whose label names a speaker. */
  labelled: number;
  /** Of those, quotes a predicted quote overlaps. */
  found: number;
  /** Of those found, quotes where a predicted speaker agrees with the label. */
  agreed: number;
  /** Found, but no overlapping prediction names a speaker. */
  unnamed: number;
}

const speakerWords = (name: string): string[] =>
  name
    .split(/[\s،,.]+/u)
    .map((word) => word.replace(/^(?:ال|وال|بال|لل)/u, ''))
    .filter((word) => word.length >= 3);

/**
 * Whether a predicted speaker names the labelled one: one holds the other ("Ames" and "Margaret
 * Ames", "فؤاد حسين" and "حسين"), or they share a name word of three letters or more.
 */
export function speakersAgree(gold: string, predicted: string): boolean {
  const a = gold.trim();
  const b = predicted.trim();
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const words = new Set(speakerWords(a));
  return speakerWords(b).some((word) => words.has(word));
}

/** How often the analyzer names the speaker the label gives, over quotes it found. */
export function scoreSpeakers(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): SpeakerCounts {
  const counts: SpeakerCounts = { labelled: 0, found: 0, agreed: 0, unnamed: 0 };
  for (const span of gold) {
    if (span.kind !== 'quote' || !span.speaker) continue;
    counts.labelled += 1;
    const matches = predicted.filter(
      (prediction) => prediction.kind === 'quote' && overlaps(span, prediction),
    );
    if (!matches.length) continue;
    counts.found += 1;
    const named = matches.filter((prediction) => prediction.speaker);
    if (!named.length) counts.unnamed += 1;
    else if (named.some((prediction) => speakersAgree(span.speaker ?? '', prediction.speaker ?? ''))) {
      counts.agreed += 1;
    }
  }
  return counts;
}
