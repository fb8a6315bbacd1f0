// Times each pipeline step on bench pages in jsdom: `tsx scripts/dev/profile-steps.ts N`
// (scripts/dev/pipeline-steps.ts does the same in Chromium).
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { listPages, readGzipHtml } from '../bench/corpora';
import { STEPS } from '../../utils/extraction';
import { runPipeline } from '../../utils/extraction/run-pipeline';
import { timedSteps } from './timed-steps';

const count = Number(process.argv[2] ?? 20);
const totals: Record<string, number> = {};
const add = (name: string, ms: number): void => {
  totals[name] = (totals[name] ?? 0) + ms;
};
const timed = timedSteps(STEPS, add);
const pages = listPages()
  .filter((_, i) => i % 25 === 0)
  .slice(0, count);
for (const page of pages) {
  const dom = new JSDOM(readGzipHtml(page.file), {
    url: page.url || 'https://x.example/',
    virtualConsole: new VirtualConsole(),
  });
  const source = dom.window.document;
  let started = performance.now();
  const plainClone = source.cloneNode(true) as Document;
  add('clone', performance.now() - started);
  started = performance.now();
  new Readability(plainClone).parse();
  add('plain-readability', performance.now() - started);
  started = performance.now();
  try {
    runPipeline(timed, source, {});
  } catch {
    // Pages without an article still cost their time.
  }
  add('whole pipeline', performance.now() - started);
  dom.window.close();
}
for (const [name, ms] of Object.entries(totals))
  console.log(name.padEnd(20), (ms / pages.length).toFixed(1), 'ms/page');
