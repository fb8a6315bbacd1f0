/**
 * `npm run bench:extract`: plain Readability and the Qari pipeline on the same jsdom documents of
 * ../shared/bench (AEB and WCXB dev), scored with each benchmark's own metric, side by side.
 * Options: --set aeb|wcxb (one set only), --limit N (first N pages of each set, for a quick look),
 * --workers N (default 2), --out FILE (default bench-output/extract.json), --save-texts DIR (each
 * page's output of both systems, for reading).
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_DIR, listPages, loadAebTruth, loadWcxbTruth } from './bench/corpora';
import type { BenchPage } from './bench/corpora';
import type { PageResult } from './bench/extract-worker';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    limit: { type: 'string' },
    workers: { type: 'string', default: '2' },
    out: { type: 'string', default: 'bench-output/extract.json' },
    'save-texts': { type: 'string' },
  },
});

interface AebScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1_std: number;
  n: number;
  perDoc: Record<string, { p: number; r: number }>;
}
interface WcxbScore {
  n: number;
  f1: number;
  precision: number;
  recall: number;
  with: number;
  without: number;
  byType: Record<string, { n: number; f1: number; precision: number; recall: number }>;
  rows: { id: string; f1: number }[];
}
type AebEvaluate = (
  truth: Record<string, { articleBody: string }>,
  prediction: Record<string, { articleBody: string }>,
) => AebScore;
type WcxbEvaluate = (
  truth: Record<string, { main_content: string; with: string[]; without: string[]; page_type: string }>,
  prediction: Record<string, string>,
) => WcxbScore;

const aebTruth = loadAebTruth();
const wcxbTruth = loadWcxbTruth();
const limit = values.limit ? Number(values.limit) : Infinity;
const pages = (['aeb', 'wcxb'] as const)
  .filter((set) => !values.set || values.set === set)
  .flatMap((set) =>
    listPages()
      .filter((page) => page.set === set)
      .slice(0, limit),
  );

const truths: Record<string, string> = {};
for (const page of pages) {
  truths[`${page.set}/${page.id}`] =
    page.set === 'aeb' ? (aebTruth[page.id]?.articleBody ?? '') : (wcxbTruth[page.id]?.main_content ?? '');
}

/** Pages per worker: jsdom's memory is only reliably returned when its thread ends. */
const PAGES_PER_WORKER = Number(process.env.QARI_BENCH_PAGES_PER_WORKER ?? 60);

function runWorker(chunk: BenchPage[], onResult: (result: PageResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bench/run-worker.mjs', import.meta.url), {
      workerData: {
        module: new URL('./bench/extract-worker.ts', import.meta.url).href,
        pages: chunk,
        truths,
      },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    worker.on('message', onResult);
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
}

/** Runs the pages on `count` threads at a time, a fresh thread per chunk of pages. */
async function runWorkers(all: BenchPage[], count: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  const chunks: BenchPage[][] = [];
  for (let index = 0; index < all.length; index += PAGES_PER_WORKER) {
    chunks.push(all.slice(index, index + PAGES_PER_WORKER));
  }
  const onResult = (result: PageResult): void => {
    results.push(result);
    if (results.length % 100 === 0) process.stderr.write(`  ${results.length}/${all.length} pages\n`);
  };
  const lanes = Array.from({ length: count }, async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) await runWorker(chunk, onResult);
  });
  await Promise.all(lanes);
  return results;
}

function quantile(values: number[], q: number): number {
  // Pages the bench could not read have no time; NaN would break the sort.
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1).padStart(7) : '     - ');

process.stderr.write(`bench:extract: ${pages.length} pages, ${values.workers} workers (jsdom)\n`);
const started = performance.now();
const results = await runWorkers(pages, Math.max(1, Number(values.workers)));
// The benchmarks' own scorers, loaded from ../shared/bench (a fixed local path, not user input).
// eslint-disable-next-line no-unsanitized/method
const aebMetric = (await import(pathToFileURL(join(BENCH_DIR, 'score/aeb-metric.mjs')).href)) as {
  evaluate: AebEvaluate;
};
// eslint-disable-next-line no-unsanitized/method
const wcxbMetric = (await import(pathToFileURL(join(BENCH_DIR, 'score/wcxb-metric.mjs')).href)) as {
  evaluate: WcxbEvaluate;
};

interface Row {
  set: string;
  system: string;
  f1: number;
  precision: number;
  recall: number;
  extra: string;
  leaks: number;
  n: number;
  median: number;
  p90: number;
}
const rows: Row[] = [];
/** Per page and system: the benchmark's own per-page figures, for finding where a change hurts. */
const pageScores: Record<string, Record<string, number>> = {};
const notePageScore = (key: string, name: string, value: number | undefined): void => {
  pageScores[key] = { ...pageScores[key], [name]: value ?? NaN };
};
const figures: Record<string, unknown> = {};

for (const system of ['plain', 'qari'] as const) {
  const label = system === 'plain' ? 'readability' : 'qari';
  const aeb = results.filter((r) => r.set === 'aeb');
  if (aeb.length) {
    const truth = Object.fromEntries(
      aeb.map((r) => [r.id, { articleBody: aebTruth[r.id]?.articleBody ?? '' }]),
    );
    const prediction = Object.fromEntries(aeb.map((r) => [r.id, { articleBody: r[system].text }]));
    const score = aebMetric.evaluate(truth, prediction);
    const times = aeb.map((r) => r[system].ms);
    for (const r of aeb) {
      notePageScore(`aeb/${r.id}`, `${label}P`, score.perDoc[r.id]?.p);
      notePageScore(`aeb/${r.id}`, `${label}R`, score.perDoc[r.id]?.r);
    }
    rows.push({
      set: 'AEB',
      system: label,
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      extra: `acc ${f3(score.accuracy)} ±F1 ${f3(score.f1_std)}`,
      leaks: aeb.filter((r) => r[system].leak).length,
      n: aeb.length,
      median: quantile(times, 0.5),
      p90: quantile(times, 0.9),
    });
    figures[`aeb.${label}`] = {
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      accuracy: score.accuracy,
      f1_std: score.f1_std,
      n: score.n,
      medianMs: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      leaks: aeb.filter((r) => r[system].leak).map((r) => r.id),
    };
  }
  for (const type of ['article', 'forum']) {
    const subset = results.filter((r) => r.set === 'wcxb' && r.type === type);
    if (!subset.length) continue;
    const truth = Object.fromEntries(
      subset.map((r) => [
        r.id,
        { main_content: '', with: [], without: [], ...wcxbTruth[r.id], page_type: type },
      ]),
    );
    const prediction = Object.fromEntries(subset.map((r) => [r.id, r[system].text]));
    const score = wcxbMetric.evaluate(truth, prediction);
    const times = subset.map((r) => r[system].ms);
    for (const row of score.rows) notePageScore(`wcxb/${row.id}`, `${label}F1`, row.f1);
    rows.push({
      set: `WCXB ${type}`,
      system: label,
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      extra: `with ${f3(score.with)} without ${f3(score.without)}`,
      leaks: subset.filter((r) => r[system].leak).length,
      n: subset.length,
      median: quantile(times, 0.5),
      p90: quantile(times, 0.9),
    });
    figures[`wcxb.${type}.${label}`] = {
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      with: score.with,
      without: score.without,
      n: score.n,
      medianMs: quantile(times, 0.5),
      p90Ms: quantile(times, 0.9),
      leaks: subset.filter((r) => r[system].leak).map((r) => r.id),
    };
  }
}

const allTimes = (system: 'plain' | 'qari'): number[] => results.map((r) => r[system].ms);
const ratio = quantile(allTimes('qari'), 0.5) / quantile(allTimes('plain'), 0.5);
const errors = results.filter((r) => r.qari.error);

console.log('');
console.log('set           system        F1     P      R      leaks   n    median ms  p90 ms   notes');
for (const set of [...new Set(rows.map((r) => r.set))]) {
  for (const row of rows.filter((r) => r.set === set)) {
    console.log(
      `${row.set.padEnd(13)} ${row.system.padEnd(12)} ${f3(row.f1)}  ${f3(row.precision)}  ${f3(row.recall)}  ${String(row.leaks).padStart(5)}  ${String(row.n).padStart(4)}  ${ms(row.median)}  ${ms(row.p90)}   ${row.extra}`,
    );
  }
}
console.log('');
console.log(
  `median time per page: qari ${quantile(allTimes('qari'), 0.5).toFixed(1)} ms, readability ${quantile(allTimes('plain'), 0.5).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target ≤ 1.5)`,
);
console.log(
  `pages where qari gave no article: ${errors.length}${
    errors.length
      ? ` (${errors
          .slice(0, 5)
          .map((r) => `${r.set}/${r.id}: ${r.qari.error}`)
          .join('; ')})`
      : ''
  }`,
);
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);

const perPage = results.map((r) => ({
  set: r.set,
  id: r.id,
  type: r.type,
  plainMs: r.plain.ms,
  qariMs: r.qari.ms,
  plainLeak: r.plain.leak,
  qariLeak: r.qari.leak,
  error: r.qari.error,
  ...pageScores[`${r.set}/${r.id}`],
}));
if (values['save-texts']) {
  const dir = values['save-texts'];
  mkdirSync(dir, { recursive: true });
  for (const r of results) {
    writeFileSync(join(dir, `${r.set}-${r.id}.qari.txt`), r.qari.text);
    writeFileSync(join(dir, `${r.set}-${r.id}.plain.txt`), r.plain.text);
  }
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ date: new Date().toISOString(), figures, ratio, perPage }, null, 2)}\n`,
);
process.stderr.write(`figures written to ${values.out}\n`);
