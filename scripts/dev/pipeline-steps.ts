// Where the reading view's extraction spends its time, step by step, in real Chromium, next to
// plain Readability: `tsx scripts/dev/pipeline-steps.ts [ROUNDS]`. bench:browser times the
// extraction as a whole, during an opening of the view; this runs the same steps (built from
// source with vite, not the extension) in isolated worlds of the page, the way bench:browser runs
// plain Readability, in its two settings:
// - first: the tab loads the page again and both scripts are evaluated in fresh worlds each round;
// - again: one world each, called round after round (the kept pipeline of a second opening).
// A full V8 collection (`gc()`) comes before each run, as in bench:browser. Medians of ROUNDS.
import path from 'node:path';
import { build } from 'vite';
import type { Rollup } from 'vite';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromiumContext } from '../../tests/e2e/chromium';
import { ROOT, makeBrowserHome } from '../../tests/e2e/paths';
import { seedPage, selectAebPages } from '../bench-browser/pages';
import { openIsolatedWorld } from '../bench-browser/isolated-world';
import type { WorldEvaluate } from '../bench-browser/isolated-world';
import { PageReadability } from '../bench-browser/reading-view';
import { servePages } from '../bench-browser/server';
import { summarize } from '../bench-browser/stats';
import type { StepTimes } from './pipeline-steps-entry';

const ROUNDS = Number(process.argv[2] ?? 15);
const WARM_UP = 3;
const HOME = path.join(ROOT, 'bench-output/pipeline-steps-home');

async function bundlePipeline(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(import.meta.dirname, 'pipeline-steps-entry.ts'),
        formats: ['iife'],
        name: 'qariPipelineSteps',
      },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite gave no bundle');
  return chunk.code;
}

interface Worlds {
  qari: WorldEvaluate;
  plain: PageReadability;
}

/** The timed pipeline and plain Readability, each in a new isolated world of the page as it is now. */
async function freshWorlds(
  context: BrowserContext,
  page: Page,
  cdp: CDPSession,
  pipeline: string,
  round: number,
): Promise<Worlds> {
  const qari = await openIsolatedWorld(cdp, `qari-steps-${round}`);
  await qari(pipeline);
  return { qari, plain: await PageReadability.inject(context, page) };
}

async function measure(
  context: BrowserContext,
  page: Page,
  cdp: CDPSession,
  url: string,
  pipeline: string,
  fresh: boolean,
) {
  const runs: StepTimes[] = [];
  await page.goto(url, { waitUntil: 'load' });
  let worlds = await freshWorlds(context, page, cdp, pipeline, 0);
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    if (fresh) {
      await worlds.plain.detach();
      await page.goto(url, { waitUntil: 'load' });
      worlds = await freshWorlds(context, page, cdp, pipeline, round + 1);
    }
    await worlds.qari('gc(), true');
    const times = (await worlds.qari('__qariTimedRun()')) as StepTimes;
    await worlds.plain.collectGarbage();
    const plain = await worlds.plain.parse();
    if (round >= WARM_UP) runs.push({ ...times, 'plain Readability': plain.ms });
  }
  await worlds.plain.detach();
  const names = Object.keys(runs[0] ?? {});
  return new Map(names.map((name) => [name, summarize(runs.map((run) => run[name] ?? 0)).median]));
}

const pages = [seedPage(), selectAebPages().largest];
const server = await servePages(new Map(pages.map((page, i) => [`page-${i}`, page.html])));
makeBrowserHome(HOME);
const { context } = await launchChromiumContext({ home: HOME, jsFlags: '--expose-gc' });
try {
  const pipeline = await bundlePipeline();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const columns: { title: string; medians: Map<string, number> }[] = [];
  for (const [i, benchPage] of pages.entries()) {
    for (const fresh of [true, false]) {
      const medians = await measure(context, page, cdp, server.url(`page-${i}`), pipeline, fresh);
      columns.push({ title: `${benchPage.name.split(' (')[0]}, ${fresh ? 'first' : 'again'}`, medians });
    }
  }
  console.log(`Pipeline steps in Chromium, ms, median of ${ROUNDS} runs (after ${WARM_UP})`);
  const names = [...(columns[0]?.medians.keys() ?? [])];
  const width = Math.max(...names.map((name) => name.length));
  console.log(`${''.padEnd(width)}${columns.map((column) => column.title.padStart(20)).join('')}`);
  for (const name of names) {
    const cells = columns.map((column) => (column.medians.get(name) ?? 0).toFixed(1).padStart(20));
    console.log(`${name.padEnd(width)}${cells.join('')}`);
  }
  const ratios = columns.map((column) =>
    `${((column.medians.get('total') ?? 0) / (column.medians.get('plain Readability') ?? 1)).toFixed(2)}×`.padStart(
      20,
    ),
  );
  console.log(`${'total ÷ plain'.padEnd(width)}${ratios.join('')}`);
} finally {
  await context.close();
  await server.close();
}
