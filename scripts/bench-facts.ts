/**
 * `npm run bench:facts`: the key-facts analyzer against the hand-labelled fixture articles
 * (`tests/fixtures/pages/<slug>/facts.json`). Prints precision and recall per kind (a predicted fact
 * counts when its span overlaps a gold span of the same kind), per language, and the analyzer's
 * time per article in Node, with the issue's targets. A report: the exit status is 0 unless the
 * labels themselves are broken.
 * Options: --misses (false positives and missed gold per fixture of the tuning set; held-out pages,
 * facts.json `heldOut: true`, are scored apart and their misses listed only with --held-out-misses), --runs N (timed runs per article,
 * default 20), --slug SLUG (one fixture; repeatable), --kind KIND (with --misses: only these kinds;
 * repeatable), --json FILE (the figures as JSON).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { findKeyFacts } from '../utils/facts/find-key-facts';
import type { FactKind, KeyFact } from '../utils/facts/types';
import {
  SCORED_KINDS,
  TARGETS,
  locateGold,
  meetsTarget,
  parseGoldFile,
  precisionRecall,
  scoreFixture,
  scoreSpeakers,
  speakersAgree,
  sumCounts,
} from './bench/facts-scoring';
import type { FixtureScore, GoldSpan, KindCounts, PredictedSpan } from './bench/facts-scoring';
import { FIXTURE_PAGES_DIR, articleRoot, labelledFixtureSlugs, loadFixtureArticle } from './bench/facts-text';
import type { FixtureArticle } from './bench/facts-text';
import { countWords } from '../utils/text/block-text';

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean', default: false },
    'held-out-misses': { type: 'boolean', default: false },
    kind: { type: 'string', multiple: true },
    runs: { type: 'string', default: '20' },
    slug: { type: 'string', multiple: true },
    json: { type: 'string' },
  },
});

const RUNS = Math.max(1, Number(values.runs) || 20);
const WARM_UP_RUNS = 3;
/** The issue's speed target: at most this many milliseconds for a 2,000-word article. */
const MS_PER_2000_WORDS_TARGET = 10;
const COMPOSITE_WORDS = 2000;

interface FixtureResult {
  article: FixtureArticle;
  /** Labelled before the analyzer ever ran on it and not used for tuning (facts.json `heldOut`). */
  heldOut: boolean;
  gold: GoldSpan[];
  predicted: KeyFact[];
  score: FixtureScore;
  medianMs: number;
  /** Predictions whose `text` is not `root.textContent.slice(start, end)` (a contract break). */
  badOffsets: KeyFact[];
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

interface Timing {
  medianMs: number;
  /** The fastest run: the least disturbed by other work on a shared machine. */
  fastestMs: number;
}

/** Wall time of findKeyFacts on one root over RUNS runs, after a few untimed runs (JIT warm-up). */
function timeAnalyzer(root: HTMLElement, lang: string): Timing {
  for (let run = 0; run < WARM_UP_RUNS; run += 1) findKeyFacts(root, { lang });
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    findKeyFacts(root, { lang });
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), fastestMs: Math.min(...samples) };
}

/** Fixtures that could not be scored (broken labels, an analyzer that threw), with the reason. */
const failures: { slug: string; message: string }[] = [];

function runFixture(slug: string): FixtureResult | null {
  try {
    return scoreOne(slug);
  } catch (error) {
    failures.push({ slug, message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

function scoreOne(slug: string): FixtureResult {
  const article = loadFixtureArticle(slug);
  const labels = parseGoldFile(
    JSON.parse(readFileSync(join(FIXTURE_PAGES_DIR, slug, 'facts.json'), 'utf8')),
    `${slug}/facts.json`,
  );
  const gold = locateGold(article.text, labels.facts, slug);
  const predicted = findKeyFacts(article.root, { lang: article.lang });
  const badOffsets = predicted.filter(
    (fact) =>
      fact.start < 0 ||
      fact.end > article.text.length ||
      fact.start >= fact.end ||
      article.text.slice(fact.start, fact.end) !== fact.text,
  );
  return {
    article,
    heldOut: labels.heldOut === true,
    gold,
    predicted,
    score: scoreFixture(gold, predicted),
    medianMs: timeAnalyzer(article.root, article.lang).medianMs,
    badOffsets,
  };
}

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const clip = (text: string, length = 90): string => {
  const line = oneLine(text);
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
};

function kindTable(title: string, counts: Record<FactKind, KindCounts>, predictedEmphasis: number): string[] {
  const lines = [
    title,
    `  ${'kind'.padEnd(13)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'TP'.padStart(6)}${'recalled'.padStart(10)}  ${'precision'.padStart(9)}  ${'recall'.padStart(6)}  ${'target P / R'.padEnd(13)}  result`,
  ];
  for (const kind of SCORED_KINDS) {
    const entry = counts[kind];
    const target = TARGETS[kind];
    const { precision, recall } = precisionRecall(entry);
    const result = target ? (meetsTarget(entry, target) ? 'MET' : 'MISSED') : '';
    const targetText = target ? `≥${target.precision.toFixed(2)} / ≥${target.recall.toFixed(2)}` : '';
    lines.push(
      `  ${kind.padEnd(13)}${String(entry.gold).padStart(6)}${String(entry.predicted).padStart(6)}${String(entry.matchedPredictions).padStart(6)}${String(entry.matchedGold).padStart(10)}  ${f3(precision).padStart(9)}  ${f3(recall).padStart(6)}  ${targetText.padEnd(13)}  ${result}`,
    );
  }
  lines.push(
    `  ${'emphasis'.padEnd(13)}${'-'.padStart(6)}${String(predictedEmphasis).padStart(6)}  (the source's own bold; not labelled, not scored)`,
  );
  return lines;
}

/** A snippet around a span, the span in [brackets], for reading misses. */
function inContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 30).replace(/\s+/g, ' ');
  return `…${before}[${clip(text.slice(start, end), 70)}]${after}…`;
}

/**
 * A realistic 2,000-word article per language: the labelled articles' bodies of that language, one
 * after another, until the text reaches 2,000 words; timed like a fixture.
 */
function compositeTimes(results: FixtureResult[]): ({ lang: string; words: number } & Timing)[] {
  const langs = [...new Set(results.map((result) => result.article.lang))].sort();
  return langs.map((lang) => {
    const parts: string[] = [];
    let words = 0;
    for (const result of results.filter((r) => r.article.lang === lang)) {
      if (words >= COMPOSITE_WORDS) break;
      parts.push(`<section>${result.article.root.innerHTML}</section>`);
      words += result.article.wordCount;
    }
    // Repeat the set when one language's articles are shorter than 2,000 words in all.
    const html = parts.join('');
    let composite = html;
    while (countWords(articleRoot(composite).textContent ?? '') < COMPOSITE_WORDS && html) composite += html;
    const root = articleRoot(composite);
    return { lang, words: countWords(root.textContent ?? ''), ...timeAnalyzer(root, lang) };
  });
}

const slugs = values.slug?.length ? values.slug : labelledFixtureSlugs();
process.stderr.write(`bench:facts: ${slugs.length} labelled fixtures, ${RUNS} timed runs each\n`);
const scored = slugs.map(runFixture).filter((result): result is FixtureResult => result !== null);
/** The tuning set: the pages the rules were developed against; its figures are the headline ones. */
const results = scored.filter((result) => !result.heldOut);
const heldOut = scored.filter((result) => result.heldOut);
const byLang = (lang: string): FixtureResult[] => results.filter((result) => result.article.lang === lang);
const emphasisCount = (subset: FixtureResult[]): number =>
  subset.reduce((sum, result) => sum + result.predicted.filter((fact) => fact.kind === 'emphasis').length, 0);

const out: string[] = [];
const langs = [...new Set(results.map((result) => result.article.lang))].sort();
out.push(
  `Key facts against hand-labelled gold: ${results.length} fixture articles in the tuning set (${langs.map((lang) => `${byLang(lang).length} ${lang}`).join(', ')}), ${heldOut.length} held out.`,
  'A prediction is right when its span overlaps a gold span of the same kind; recalled = gold spans overlapped.',
  '',
);
const total = sumCounts(results.map((result) => result.score.counts));
out.push(...kindTable('All languages', total, emphasisCount(results)), '');
for (const lang of langs) {
  const subset = byLang(lang);
  out.push(
    ...kindTable(
      `${lang} (${subset.length} articles)`,
      sumCounts(subset.map((r) => r.score.counts)),
      emphasisCount(subset),
    ),
    '',
  );
}

if (heldOut.length) {
  const heldOutLangs = [...new Set(heldOut.map((result) => result.article.lang))].sort();
  out.push(
    ...kindTable(
      `Held out (labelled before the analyzer ran on them, not used for tuning): ${heldOut.length} articles (${heldOutLangs.map((lang) => `${heldOut.filter((r) => r.article.lang === lang).length} ${lang}`).join(', ')})`,
      sumCounts(heldOut.map((result) => result.score.counts)),
      emphasisCount(heldOut),
    ),
    '',
  );
}

const speakers = results
  .map((result) => scoreSpeakers(result.gold, result.predicted))
  .reduce(
    (sum, counts) => ({
      labelled: sum.labelled + counts.labelled,
      found: sum.found + counts.found,
      agreed: sum.agreed + counts.agreed,
      unnamed: sum.unnamed + counts.unnamed,
    }),
    { labelled: 0, found: 0, agreed: 0, unnamed: 0 },
  );
out.push(
  `Quote speakers (no target): of ${speakers.labelled} gold quotes with a labelled speaker, ${speakers.found} found; ` +
    `speaker agrees on ${speakers.agreed}, none given on ${speakers.unnamed}, another named on ${speakers.found - speakers.agreed - speakers.unnamed}.`,
  '',
);

out.push(
  `Time per article: findKeyFacts in Node on a jsdom root, median of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs`,
);
out.push(
  `  ${'fixture'.padEnd(28)}${'lang'.padEnd(6)}${'words'.padStart(6)}${'facts'.padStart(7)}${'ms'.padStart(8)}${'ms/2000 w'.padStart(11)}`,
);
for (const result of results) {
  const { article } = result;
  out.push(
    `  ${article.slug.padEnd(28)}${article.lang.padEnd(6)}${String(article.wordCount).padStart(6)}${String(result.predicted.length).padStart(7)}${f2(result.medianMs).padStart(8)}${f2((result.medianMs * COMPOSITE_WORDS) / article.wordCount).padStart(11)}`,
  );
}
// Timings on a shared machine are inflated by other work: say how busy it was.
const [load1 = NaN] = loadavg();
out.push(
  `  machine: load average ${load1.toFixed(1)} over the last minute on ${availableParallelism()} cores${load1 > availableParallelism() ? " (busy: medians are inflated; the fastest run is closer to the analyzer's own cost)" : ''}`,
);
const perArticle = results.map((result) => result.medianMs);
const per2000 = results.map((result) => (result.medianMs * COMPOSITE_WORDS) / result.article.wordCount);
const largest = results.reduce<FixtureResult | undefined>(
  (big, result) => (!big || result.article.wordCount > big.article.wordCount ? result : big),
  undefined,
);
out.push(
  `  median article: ${f2(median(perArticle))} ms; median ${f2(median(per2000))} ms per 2,000 words (worst ${f2(Math.max(...per2000))})`,
);
if (largest) {
  out.push(
    `  largest article: ${largest.article.slug}, ${largest.article.wordCount} words, ${f2(largest.medianMs)} ms (${f2((largest.medianMs * COMPOSITE_WORDS) / largest.article.wordCount)} ms per 2,000 words)`,
  );
}
const composites = compositeTimes(results);
for (const composite of composites) {
  out.push(
    `  ${composite.lang} composite article (labelled bodies joined): ${composite.words} words, median ${f2(composite.medianMs)} ms, fastest ${f2(composite.fastestMs)} ms`,
  );
}
out.push('');

// The reading view highlights article.keyFacts on the root it builds from article.html: the
// offsets the pipeline computed must hold on that root.
const pipelineFacts = results.flatMap((result) =>
  result.article.pipelineFacts.map((fact) => ({
    slug: result.article.slug,
    fact,
    text: result.article.text,
  })),
);
const pipelineBreaks = pipelineFacts.filter(
  ({ fact, text }) => text.slice(fact.start, fact.end) !== fact.text,
);
out.push(
  `Pipeline offsets: ${pipelineFacts.length - pipelineBreaks.length} of ${pipelineFacts.length} article.keyFacts match the text of the root parsed from article.html.`,
);
for (const { slug, fact, text } of pipelineBreaks.slice(0, 10)) {
  out.push(
    `  ${slug}: ${fact.kind} [${fact.start}, ${fact.end}) "${clip(fact.text, 40)}" but the root has "${clip(text.slice(fact.start, fact.end), 40)}"`,
  );
}
out.push('');

const contractBreaks = results.flatMap((result) =>
  result.badOffsets.map((fact) => ({ slug: result.article.slug, fact })),
);
if (contractBreaks.length) {
  out.push(
    `Contract breaks: ${contractBreaks.length} facts whose text is not root.textContent.slice(start, end):`,
  );
  for (const { slug, fact } of contractBreaks.slice(0, 20)) {
    out.push(`  ${slug}: ${fact.kind} [${fact.start}, ${fact.end}) "${clip(fact.text, 60)}"`);
  }
  out.push('');
}

if (values.misses) {
  const wanted = (kind: FactKind): boolean => !values.kind?.length || values.kind.includes(kind);
  out.push(
    'Misses per fixture (FP = predicted, overlaps no gold of its kind; MISS = gold no prediction of its kind overlaps;',
    'SPKR = a quote found with another speaker than the label names)',
  );
  // Held-out pages stay unseen while tuning: their misses only with --held-out-misses.
  for (const result of values['held-out-misses'] ? scored : results) {
    const { text, slug } = result.article;
    const speakerRows = result.gold
      .filter((span) => span.kind === 'quote' && span.speaker && wanted('quote'))
      .flatMap((span) => {
        const named = result.predicted.filter(
          (fact) => fact.kind === 'quote' && fact.start < span.end && span.start < fact.end && fact.speaker,
        );
        if (!named.length || named.some((fact) => speakersAgree(span.speaker ?? '', fact.speaker ?? '')))
          return [];
        return [
          {
            start: span.start,
            line: `    SPKR quote        labelled ${span.speaker}, predicted ${named.map((fact) => fact.speaker).join(' / ')}: ${inContext(text, span.start, Math.min(span.end, span.start + 40))}`,
          },
        ];
      });
    const rows = [
      ...result.score.falsePositives
        .filter((fact) => wanted(fact.kind))
        .map((fact: PredictedSpan) => ({
          start: fact.start,
          line: `    FP   ${fact.kind.padEnd(13)}${inContext(text, fact.start, fact.end)}`,
        })),
      ...result.score.missedGold
        .filter((span) => wanted(span.kind))
        .map((span) => ({
          start: span.start,
          line: `    MISS ${span.kind.padEnd(13)}${inContext(text, span.start, span.end)}`,
        })),
      ...speakerRows,
    ].sort((a, b) => a.start - b.start);
    const perKind = SCORED_KINDS.filter(wanted)
      .map((kind) => {
        const entry = result.score.counts[kind];
        return `${kind} ${entry.matchedGold}/${entry.gold} found, ${entry.predicted - entry.matchedPredictions}/${entry.predicted} wrong`;
      })
      .join('; ');
    out.push(`  ${slug}: ${perKind}`);
    for (const row of rows) out.push(row.line);
  }
  out.push('');
}

if (failures.length) {
  out.push(`Not scored: ${failures.length} fixtures`);
  for (const { slug, message } of failures) out.push(`  ${slug}: ${message}`);
  out.push('');
}

out.push('Summary');
for (const kind of SCORED_KINDS) {
  const target = TARGETS[kind];
  if (!target) continue;
  const { precision, recall } = precisionRecall(total[kind]);
  out.push(
    `  ${meetsTarget(total[kind], target) ? 'MET   ' : 'MISSED'} ${kind.padEnd(13)} precision ${f3(precision)} (≥${target.precision.toFixed(2)}), recall ${f3(recall)} (≥${target.recall.toFixed(2)})`,
  );
}
if (heldOut.length) {
  const heldOutTotal = sumCounts(heldOut.map((result) => result.score.counts));
  out.push(
    `  held out: ${SCORED_KINDS.map((kind) => {
      const { precision, recall } = precisionRecall(heldOutTotal[kind]);
      return `${kind} ${f3(precision)}/${f3(recall)}`;
    }).join(', ')} (precision/recall)`,
  );
}
const scaled = (ms: number, words: number): number => (ms * COMPOSITE_WORDS) / words;
const worstTime = Math.max(...composites.map((composite) => scaled(composite.medianMs, composite.words)));
const worstFastest = Math.max(...composites.map((composite) => scaled(composite.fastestMs, composite.words)));
out.push(
  `  ${worstTime <= MS_PER_2000_WORDS_TARGET ? 'MET   ' : 'MISSED'} ${'time'.padEnd(13)} ${f2(worstTime)} ms per 2,000-word article, median of the slowest language composite (fastest run ${f2(worstFastest)} ms; ≤${MS_PER_2000_WORDS_TARGET} ms)`,
);
process.stdout.write(`${out.join('\n')}\n`);

if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  const figures = {
    fixtures: results.map((result) => ({
      slug: result.article.slug,
      lang: result.article.lang,
      words: result.article.wordCount,
      medianMs: result.medianMs,
      counts: result.score.counts,
    })),
    total,
    byLang: Object.fromEntries(
      langs.map((lang) => [lang, sumCounts(byLang(lang).map((r) => r.score.counts))]),
    ),
    composites,
  };
  writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
}
