/**
 * `npm run bench:browser`: the built extension in real headless Chromium.
 *
 * 1. The reading view (popup.html?tabId=) on the seed-style page and the largest AEB page: open →
 *    article painted, split into the view's start-up, injection, extraction in the page, transfer and
 *    render, from the marks the view leaves in its own timeline (utils/browser/reader-timing.ts);
 *    next to it, plain Readability (`new Readability(document.cloneNode(true)).parse()`) in the same
 *    page, in an isolated world, in the same run, runs interleaved; and the same extraction asked
 *    for from an extension page while no view opens (plain Readability's conditions: nothing else
 *    running), to tell the pipeline's own cost from the share the opening window takes of two cores.
 * 2. The always-on detection script: its size in the build, and its main-thread time per page load
 *    from a trace of the page's renderer; next to it, in a browser of its own, the same figure for
 *    an extension that injects an empty script the same way (what Chromium charges for any).
 *
 * Pages are served from 127.0.0.1 with `script-src 'none'` (their own scripts do not run).
 * Options: --runs N (default 10; each after one cold run that is reported but not counted),
 * --out FILE (default bench-output/browser.json), --no-build (use .output/chrome-mv3 as it is),
 * --baseline DIR (another Chrome build, say of an earlier commit, loaded beside this one: its reading
 * view is opened on the same tab in turns with this build's, so that a change is measured against
 * the same machine at the same moment; the detection part is left out, as it needs a browser with
 * one extension).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumContext, unpackedExtensionOrigin, wrapPage } from '../tests/e2e/chromium';
import type { TestPage } from '../tests/e2e/harness';
import { CHROME_BUILD, ROOT, makeBrowserHome } from '../tests/e2e/paths';
import type { DetectionRun } from './bench-browser/detection';
import type { TracedScript } from './bench-browser/detection';
import { DETECT_SCRIPT, qariDetection, traceDetection } from './bench-browser/detection';
import { EMPTY_SCRIPT, FLOOR_TITLE, writeFloorExtension } from './bench-browser/floor-extension';
import type { BenchPage } from './bench-browser/pages';
import { seedPage, selectAebPages } from './bench-browser/pages';
import type { ReaderRun } from './bench-browser/reading-view';
import { PageReadability, extractionAlone, openReadingView, tabIdOf } from './bench-browser/reading-view';
import { BENCH_CSP, servePages } from './bench-browser/server';
import type { Summary } from './bench-browser/stats';
import { cell, kib, ms, summarize, table } from './bench-browser/stats';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    out: { type: 'string', default: 'bench-output/browser.json' },
    'no-build': { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a positive integer, not ${values.runs}`);

const TARGET_PAINTED_MS = 250;
const TARGET_RATIO = 1.5;
const TARGET_DETECT_MS = 5;
const BUDGET_DETECT_BYTES = 10 * 1024;
const HOME = path.join(ROOT, 'bench-output/browser-home');

const READER_PHASES = ['total', 'startup', 'inject', 'extract', 'transfer', 'render'] as const;
type Phase = (typeof READER_PHASES)[number];

/** The baseline build's openings of the same page, in turns with this build's. */
interface BaselineResult {
  runs: ReaderRun[];
  phases: Record<Phase, Summary>;
  /** its median extraction / the same run's median plain Readability */
  ratio: number;
}

/** Openings of the view on a page just loaded: the first a reader makes on each page. */
interface FirstOpenings {
  runs: { qari: ReaderRun[]; readabilityMs: number[]; baseline: ReaderRun[] };
  qari: Record<Phase, Summary>;
  /** Plain Readability's first parse in a fresh world on the page just loaded */
  readability: Summary;
  /** median extraction / median first plain Readability */
  ratio: number;
  baseline?: Record<Phase, Summary>;
}

interface ReaderPageResult {
  page: string;
  source: string;
  bytes: number;
  tabVisibility: string;
  cold: { qari: ReaderRun; readabilityMs: number };
  runs: { qari: ReaderRun[]; readabilityMs: number[]; aloneMs: number[] };
  qari: Record<Phase, Summary>;
  readability: Summary;
  /** The view's extraction asked for with no view opening (scripts/bench-browser/reading-view.ts) */
  alone: Summary;
  /** median extraction alone / median plain Readability */
  aloneRatio: number;
  readabilityTextChars: number;
  qariArticleChars: number;
  /** median extraction / median plain Readability */
  ratio: number;
  baseline?: BaselineResult;
  first: FirstOpenings;
}

interface DetectionPageResult {
  page: string;
  source: string;
  bytes: number;
  runs: DetectionRun[];
  mainThreadMs: Summary;
  longestTaskMs: Summary;
  evaluateMs: Summary;
  styleLayoutMs: Summary;
  /** The floor extension's empty script on the same page, loads taken in turns with Qari's */
  floor: { runs: DetectionRun[]; mainThreadMs: Summary };
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

if (!values['no-build']) {
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const seed = seedPage();
const aeb = selectAebPages();
const readerPages = [seed, aeb.largest];
const detectionPages = [seed, aeb.largest, ...aeb.typical];
const served = new Map<string, BenchPage>(detectionPages.map((page, i) => [`page-${i}`, page]));
const nameOf = new Map([...served].map(([name, page]) => [page, name]));
const server = await servePages(new Map([...served].map(([name, page]) => [name, page.html])));

rmSync(HOME, { recursive: true, force: true });
makeBrowserHome(HOME);
const loadBefore = loadAverage();
const BASELINE = values.baseline ? path.resolve(values.baseline) : undefined;
const { context, extensionOrigin } = await launchChromiumContext({
  home: HOME,
  jsFlags: '--expose-gc', // see PageReadability.collectGarbage
  alsoLoad: BASELINE ? [BASELINE] : [],
});
/** The baseline build's origin and an extension page of its own to open its views from. */
const baseline = BASELINE
  ? await (async () => {
      const origin = unpackedExtensionOrigin(BASELINE);
      const page = await context.newPage();
      await page.goto(`${origin}/reader.html?tabId=none`);
      await page.waitForSelector('#app > *');
      return { origin, control: wrapPage(page) };
    })()
  : undefined;
/** An extension page, to call the extension's APIs from (tabs, windows, the toolbar state). */
const controlPage = await context.newPage();
await controlPage.goto(`${extensionOrigin}/reader.html?tabId=none`);
await controlPage.waitForSelector('#app > *');
const control = wrapPage(controlPage);
// The user agent says only 156.0.0.0; the protocol gives the full version.
const versionSession = await context.newCDPSession(controlPage);
const { product } = await versionSession.send('Browser.getVersion');
await versionSession.detach();
const browserVersion = product.replace(/^\D*\//, '');

/**
 * The floor: a second browser with only an extension that injects an empty script the same way.
 * Started for the detection part only, so that it is not running beside the reading view's.
 */
async function launchFloor(): Promise<TracedBrowser> {
  const launched = await launchChromiumContext({
    home: HOME,
    extension: writeFloorExtension(path.join(ROOT, 'bench-output/floor-extension')),
  });
  const controlPage = await launched.context.newPage();
  await controlPage.goto(`${launched.extensionOrigin}/control.html`);
  return {
    context: launched.context,
    control: wrapPage(controlPage),
    script: { url: `${launched.extensionOrigin}/${EMPTY_SCRIPT}`, titleBefore: FLOOR_TITLE.before },
  };
}

/** Time the page's own load work and its detection have to settle before the view is opened. */
const SETTLE_MS = 500;

function phasesOf(runs: readonly ReaderRun[]): Record<Phase, Summary> {
  return Object.fromEntries(
    READER_PHASES.map((phase) => [phase, summarize(runs.map((run) => run[phase]))]),
  ) as Record<Phase, Summary>;
}

/**
 * `RUNS` rounds of first openings: before each opening (this build's, the baseline's) and before
 * each plain Readability, the tab loads the page again, so that nothing of an earlier call (the
 * kept pipeline, Readability's world and its warmed-up code) is left in it. The order turns with
 * the round, as in the repeated openings.
 */
async function measureFirstOpenings(article: Page, url: string, tabId: number): Promise<FirstOpenings> {
  const reload = async (): Promise<void> => {
    await article.goto(url, { waitUntil: 'load' });
    await article.waitForTimeout(SETTLE_MS);
  };
  const runs: FirstOpenings['runs'] = { qari: [], readabilityMs: [], baseline: [] };
  const parts: (() => Promise<void>)[] = [
    async () => {
      runs.qari.push(await openReadingView(context, control, extensionOrigin, tabId));
    },
    async () => {
      const readability = await PageReadability.inject(context, article);
      runs.readabilityMs.push((await readability.parse()).ms);
      await readability.detach();
    },
    ...(baseline
      ? [
          async () => {
            runs.baseline.push(await openReadingView(context, baseline.control, baseline.origin, tabId));
          },
        ]
      : []),
  ];
  for (let round = 0; round < RUNS; round++) {
    for (let i = 0; i < parts.length; i++) {
      await reload();
      await parts[(round + i) % parts.length]?.();
    }
  }
  const qari = phasesOf(runs.qari);
  const readability = summarize(runs.readabilityMs);
  return {
    runs,
    qari,
    readability,
    ratio: qari.extract.median / readability.median,
    ...(runs.baseline.length ? { baseline: phasesOf(runs.baseline) } : {}),
  };
}

async function measureReadingView(page: BenchPage): Promise<ReaderPageResult> {
  const url = server.url(nameOf.get(page) ?? '');
  const article = await context.newPage();
  await article.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(control, url);
  const readability = await PageReadability.inject(context, article);
  // One round: this build's view, the baseline's (if any) and plain Readability, in an order that
  // turns with the round, so that none of them always comes first or always follows another.
  const once = async (round: number) => {
    let qari: ReaderRun | undefined;
    let before: ReaderRun | undefined;
    let plain: { ms: number; textLength: number } | undefined;
    let alone: number | undefined;
    const parts: (() => Promise<void>)[] = [
      async () => {
        qari = await openReadingView(context, control, extensionOrigin, tabId);
      },
      async () => {
        plain = await readability.parse();
      },
      async () => {
        alone = await extractionAlone(control, tabId);
      },
      ...(baseline
        ? [
            async () => {
              before = await openReadingView(context, baseline.control, baseline.origin, tabId);
            },
          ]
        : []),
    ];
    for (let i = 0; i < parts.length; i++) {
      await readability.collectGarbage();
      await parts[(round + i) % parts.length]?.();
    }
    if (!qari || !plain || alone === undefined) throw new Error('a round of the reading view did not finish');
    return { qari, before, plain, alone };
  };
  const cold = await once(0);
  const runs: {
    qari: ReaderRun;
    before?: ReaderRun;
    plain: { ms: number; textLength: number };
    alone: number;
  }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(i + 1));
  const tabVisibility = await article.evaluate(() => document.visibilityState);
  await readability.detach();
  const first = await measureFirstOpenings(article, url, tabId);
  await article.close();
  const qari = Object.fromEntries(
    READER_PHASES.map((phase) => [phase, summarize(runs.map((run) => run.qari[phase]))]),
  ) as Record<Phase, Summary>;
  const plain = summarize(runs.map((run) => run.plain.ms));
  const alone = summarize(runs.map((run) => run.alone));
  const baselineRuns = runs.flatMap((run) => (run.before ? [run.before] : []));
  const baselinePhases = Object.fromEntries(
    READER_PHASES.map((phase) => [phase, summarize(baselineRuns.map((run) => run[phase]))]),
  ) as Record<Phase, Summary>;
  return {
    ...(baselineRuns.length
      ? {
          baseline: {
            runs: baselineRuns,
            phases: baselinePhases,
            ratio: baselinePhases.extract.median / plain.median,
          },
        }
      : {}),
    page: page.name,
    source: path.relative(ROOT, page.source),
    bytes: page.html.length,
    tabVisibility,
    cold: { qari: cold.qari, readabilityMs: cold.plain.ms },
    runs: {
      qari: runs.map((run) => run.qari),
      readabilityMs: runs.map((run) => run.plain.ms),
      aloneMs: runs.map((run) => run.alone),
    },
    qari,
    readability: plain,
    readabilityTextChars: runs[0]?.plain.textLength ?? 0,
    qariArticleChars: runs[0]?.qari.articleChars ?? 0,
    ratio: qari.extract.median / plain.median,
    alone,
    aloneRatio: alone.median / plain.median,
    first,
  };
}

/** An extension in a browser of its own whose injected script is traced on page loads. */
interface TracedBrowser {
  context: BrowserContext;
  control: TestPage;
  script: TracedScript;
}

/**
 * `RUNS` loads of a page in Qari's browser and as many in the floor's, taken in turns so that
 * both see the same machine, after one more of each that is not counted (it compiles the script
 * cold).
 */
async function measureDetection(page: BenchPage, floor: TracedBrowser): Promise<DetectionPageResult> {
  const base = server.url(nameOf.get(page) ?? '');
  const runs: DetectionRun[] = [];
  const floorRuns: DetectionRun[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const url = `${base}?load=${i}`;
    const run = await traceDetection(context, control, qariDetection(extensionOrigin), url);
    const floorRun = await traceDetection(floor.context, floor.control, floor.script, url);
    if (i === 0) continue;
    runs.push(run);
    floorRuns.push(floorRun);
  }
  return {
    page: page.name,
    source: path.relative(ROOT, page.source),
    bytes: page.html.length,
    runs,
    floor: { runs: floorRuns, mainThreadMs: summarize(floorRuns.map((run) => run.mainThreadMs)) },
    mainThreadMs: summarize(runs.map((run) => run.mainThreadMs)),
    longestTaskMs: summarize(runs.map((run) => run.longestTaskMs)),
    evaluateMs: summarize(runs.map((run) => run.evaluateMs)),
    styleLayoutMs: summarize(runs.map((run) => run.styleLayoutMs)),
  };
}

const reader: ReaderPageResult[] = [];
const detection: DetectionPageResult[] = [];
let floor: TracedBrowser | undefined;
try {
  for (const page of readerPages) {
    process.stderr.write(`reading view: ${page.name}…\n`);
    reader.push(await measureReadingView(page));
  }
  // With a baseline build loaded, two extensions inject into every page: no detection figures.
  if (!baseline) {
    floor = await launchFloor();
    for (const page of detectionPages) {
      process.stderr.write(`detection: ${page.name}…\n`);
      detection.push(await measureDetection(page, floor));
    }
  }
} finally {
  await context.close();
  await floor?.context.close();
  await server.close();
}
const loadAfter = loadAverage();

const script = readFileSync(path.join(CHROME_BUILD, DETECT_SCRIPT));
const scriptSize = { minifiedBytes: script.length, gzipBytes: gzipSync(script, { level: 9 }).length };

// ---- the report ----
const lines: string[] = [];
const say = (text = ''): void => {
  lines.push(text);
};
const check = (ok: boolean): string => (ok ? 'MET' : 'MISSED');

say(
  `bench:browser: headless Chromium ${browserVersion}, ${RUNS} runs per page (after 1 cold run, not counted)`,
);
say(`pages from 127.0.0.1 with CSP "${BENCH_CSP}"; load average ${loadBefore} before, ${loadAfter} after`);
say();
say('Reading view (popup.html?tabId=N) opened again and again on one loaded page, ms, median / p90');
if (BASELINE)
  say(`baseline build: ${path.relative(ROOT, BASELINE) || BASELINE}, opened in turns with this one`);
const header = ['', ...reader.map((result) => `${result.page}, ${kib(result.bytes)}`)];
const row = (label: string, pick: (result: ReaderPageResult) => string): string[] => [
  label,
  ...reader.map(pick),
];
say(
  table([
    header,
    row('open → article painted', (result) => cell(result.qari.total)),
    row('  view start-up (until it asks)', (result) => cell(result.qari.startup)),
    row('  inject extraction script', (result) => cell(result.qari.inject)),
    row('  extraction in the page', (result) => cell(result.qari.extract)),
    row('  transfer to the view', (result) => cell(result.qari.transfer)),
    row('  render until painted', (result) => cell(result.qari.render)),
    row('plain Readability in the page', (result) => cell(result.readability)),
    row('extraction ÷ Readability (medians)', (result) => `${result.ratio.toFixed(2)}×`),
    row('the same extraction, no view opening', (result) => cell(result.alone)),
    row('  its ÷ Readability (medians)', (result) => `${result.aloneRatio.toFixed(2)}×`),
    row('cold run: painted / extraction / Readability', (result) =>
      [result.cold.qari.total, result.cold.qari.extract, result.cold.readabilityMs].map(ms).join(' / '),
    ),
    ...(baseline
      ? [
          row('baseline build: open → article painted', (result) =>
            result.baseline ? cell(result.baseline.phases.total) : '–',
          ),
          row('  view start-up (until it asks)', (result) =>
            result.baseline ? cell(result.baseline.phases.startup) : '–',
          ),
          row('  extraction in the page', (result) =>
            result.baseline ? cell(result.baseline.phases.extract) : '–',
          ),
          row('  render until painted', (result) =>
            result.baseline ? cell(result.baseline.phases.render) : '–',
          ),
          row('  extraction ÷ Readability (medians)', (result) =>
            result.baseline ? `${result.baseline.ratio.toFixed(2)}×` : '–',
          ),
        ]
      : []),
    row(
      'text chars: Qari article / Readability',
      (result) => `${result.qariArticleChars} / ${result.readabilityTextChars}`,
    ),
  ]),
);
say();
say(
  `First opening on a page just loaded (the tab loads it again before each of ${RUNS} openings and each plain Readability), ms, median / p90`,
);
say(
  table([
    header,
    row('open → article painted', (result) => cell(result.first.qari.total)),
    row('  view start-up (until it asks)', (result) => cell(result.first.qari.startup)),
    row('  inject extraction script', (result) => cell(result.first.qari.inject)),
    row('  extraction in the page', (result) => cell(result.first.qari.extract)),
    row('  transfer to the view', (result) => cell(result.first.qari.transfer)),
    row('  render until painted', (result) => cell(result.first.qari.render)),
    row("plain Readability's first parse in the page", (result) => cell(result.first.readability)),
    row('extraction ÷ Readability (medians)', (result) => `${result.first.ratio.toFixed(2)}×`),
    ...(baseline
      ? [
          row('baseline build: open → article painted', (result) =>
            result.first.baseline ? cell(result.first.baseline.total) : '–',
          ),
          row('  inject extraction script', (result) =>
            result.first.baseline ? cell(result.first.baseline.inject) : '–',
          ),
          row('  extraction in the page', (result) =>
            result.first.baseline ? cell(result.first.baseline.extract) : '–',
          ),
          row('  render until painted', (result) =>
            result.first.baseline ? cell(result.first.baseline.render) : '–',
          ),
        ]
      : []),
  ]),
);
say();
const seedResult = reader[0];
if (seedResult) {
  say(
    `target: painted within ${TARGET_PAINTED_MS} ms of opening on the seed-style page, opened again: median ${ms(seedResult.qari.total.median)} ms, p90 ${ms(seedResult.qari.total.p90)} ms: ${check(seedResult.qari.total.p90 <= TARGET_PAINTED_MS)}`,
  );
  say(
    `target: painted within ${TARGET_PAINTED_MS} ms of opening on the seed-style page, first opening: median ${ms(seedResult.first.qari.total.median)} ms, p90 ${ms(seedResult.first.qari.total.p90)} ms: ${check(seedResult.first.qari.total.p90 <= TARGET_PAINTED_MS)}`,
  );
}
for (const result of reader) {
  say(
    `target: extraction at most ${TARGET_RATIO} × plain Readability, ${result.page}, opened again: ${result.ratio.toFixed(2)}×: ${check(result.ratio <= TARGET_RATIO)}`,
  );
  say(
    `target: extraction at most ${TARGET_RATIO} × plain Readability, ${result.page}, first opening: ${result.first.ratio.toFixed(2)}×: ${check(result.first.ratio <= TARGET_RATIO)}`,
  );
  say(
    `target: extraction at most ${TARGET_RATIO} × plain Readability, ${result.page}, asked with no view opening: ${result.aloneRatio.toFixed(2)}×: ${check(result.aloneRatio <= TARGET_RATIO)}`,
  );
}
say();
say(
  `Always-on script ${DETECT_SCRIPT}: ${scriptSize.minifiedBytes} B minified, ${scriptSize.gzipBytes} B gzipped (budget ${BUDGET_DETECT_BYTES} B minified: ${check(scriptSize.minifiedBytes <= BUDGET_DETECT_BYTES)})`,
);
// Pooled over every page's loads: one page's ten loads in each browser are too few on a busy machine.
const pooledQari = summarize(detection.flatMap((result) => result.runs.map((run) => run.mainThreadMs)));
const pooledFloor = summarize(
  detection.flatMap((result) => result.floor.runs.map((run) => run.mainThreadMs)),
);
if (detection.length === 0) {
  say('Detection: not measured (a baseline build was loaded beside this one).');
} else {
  say(`Detection main-thread time per page load (trace of the renderer), ms, median / p90 of ${RUNS} loads`);
  say(
    table([
      [
        'page',
        'size',
        'main thread',
        'empty script (floor)',
        'longest task',
        'script eval',
        'style+layout in them',
        'tasks',
      ],
      ...detection.map((result) => [
        result.page,
        kib(result.bytes),
        cell(result.mainThreadMs),
        cell(result.floor.mainThreadMs),
        cell(result.longestTaskMs),
        cell(result.evaluateMs),
        cell(result.styleLayoutMs),
        String(summarize(result.runs.map((run) => run.tasks)).median),
      ]),
    ]),
  );
  const typical = detection.find((result) => result.page.startsWith('AEB p50'));
  if (typical) {
    say(
      `target: at most ${TARGET_DETECT_MS} ms on a typical news page (the median-size AEB page): ${ms(typical.mainThreadMs.median)} ms: ${check(typical.mainThreadMs.median <= TARGET_DETECT_MS)}`,
    );
  }
  if (pooledFloor.median > 0) {
    say(
      `floor: an empty script injected the same way costs ${ms(pooledFloor.median)} ms (p90 ${ms(pooledFloor.p90)}) of main thread per load, all pages pooled, against Qari's ${ms(pooledQari.median)} ms (p90 ${ms(pooledQari.p90)}): Qari's own share ${ms(pooledQari.median - pooledFloor.median)} ms`,
    );
  }
  say(
    '(main thread: whole tasks the script ran in or its world was made in; empty script: the same for a second extension whose injected script is empty, in a browser of its own; script eval: its JS, compile included; style+layout: forced in them)',
  );
}
say('Caveat: a shared two-core machine; the figures are medians, and the load average is given above.');
console.log(lines.join('\n'));

const out = path.resolve(ROOT, values.out);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      browser: `Chromium ${browserVersion} (headless)`,
      runs: RUNS,
      csp: BENCH_CSP,
      loadAverage: { before: loadBefore, after: loadAfter },
      targets: {
        paintedMs: TARGET_PAINTED_MS,
        extractionOverReadability: TARGET_RATIO,
        detectionMs: TARGET_DETECT_MS,
        detectionBytes: BUDGET_DETECT_BYTES,
      },
      readingView: reader,
      alwaysOnScript: { file: DETECT_SCRIPT, ...scriptSize },
      detection,
      detectionPooled: { qariMainThreadMs: pooledQari, floorMainThreadMs: pooledFloor },
      report: lines,
    },
    null,
    2,
  )}\n`,
);
process.stderr.write(`wrote ${path.relative(ROOT, out)}\n`);
