// Times each pipeline step on bench pages: `tsx scripts/dev/profile-steps.ts N`.
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { listPages, readGzipHtml } from '../bench/corpora';
import { STEPS, extractArticle } from '../../utils/extraction';
import type { PipelineContext } from '../../utils/extraction/context';

const count = Number(process.argv[2] ?? 20);
const totals: Record<string, number> = {};
const pages = listPages()
  .filter((_, i) => i % 25 === 0)
  .slice(0, count);
for (const page of pages) {
  const dom = new JSDOM(readGzipHtml(page.file), {
    url: page.url || 'https://x.example/',
    virtualConsole: new VirtualConsole(),
  });
  const source = dom.window.document;
  let t = performance.now();
  const plainClone = source.cloneNode(true) as Document;
  totals['clone'] = (totals['clone'] ?? 0) + performance.now() - t;
  t = performance.now();
  new Readability(plainClone).parse();
  totals['plain-readability'] = (totals['plain-readability'] ?? 0) + performance.now() - t;
  const context: PipelineContext = {
    source,
    doc: source.cloneNode(true) as Document,
    options: {},
    removed: [],
    readerable: false,
    parsed: null,
    content: null,
    dir: null,
    lang: '',
    discussion: null,
    keyFacts: [],
    checkBudget: () => undefined,
    // Timing one pass: a second reading (when Readability kept only a part) is not re-prepared.
    prepareAgain: () => source.cloneNode(true) as Document,
  };
  for (const step of STEPS) {
    t = performance.now();
    step.run(context);
    totals[step.name] = (totals[step.name] ?? 0) + performance.now() - t;
    if (!context.content && step.name === 'readability') break;
  }
  t = performance.now();
  try {
    extractArticle(source);
  } catch {
    // Pages without an article still cost their time.
  }
  totals['whole extractArticle'] = (totals['whole extractArticle'] ?? 0) + performance.now() - t;
  dom.window.close();
}
for (const [name, ms] of Object.entries(totals))
  console.log(name.padEnd(20), (ms / pages.length).toFixed(1), 'ms/page');
