import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extraction';
import { readGzipHtml } from './corpora';
import type { BenchPage } from './corpora';
import { commentShingles, leaksComments } from './comment-leaks';
import { parsePage } from '../lib/parse-page';

export interface PageResult {
  set: BenchPage['set'];
  id: string;
  type: string;
  plain: { text: string; ms: number; leak: boolean };
  qari: { text: string; ms: number; leak: boolean; error?: string };
}

interface WorkerInput {
  pages: BenchPage[];
  truths: Record<string, string>;
}

const { pages, truths } = workerData as WorkerInput;
const quiet = new VirtualConsole();

for (const page of pages) {
  try {
    // The same document for both systems, style sheets dropped only when jsdom cannot parse them.
    const { dom } = parsePage(JSDOM, readGzipHtml(page.file), {
      url: page.url || 'https://bench.example/',
      virtualConsole: quiet,
    });
    const document = dom.window.document;
    const truth = truths[`${page.set}/${page.id}`] ?? '';
    const comments = commentShingles(document, truth);

    // Plain Readability: default options, textContent, on its own clone (it changes what it reads).
    let start = performance.now();
    let plainText = '';
    try {
      const clone = document.cloneNode(true) as Document;
      plainText = new Readability(clone).parse()?.textContent ?? '';
    } catch {
      // jsdom's CSS parser throws on some inline styles Readability reads; that page scores empty.
    }
    const plainMs = performance.now() - start;

    start = performance.now();
    let qariText = '';
    let error: string | undefined;
    try {
      qariText = extractArticle(document, { url: page.url }).text;
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const qariMs = performance.now() - start;
    dom.window.close();

    const result: PageResult = {
      set: page.set,
      id: page.id,
      type: page.type,
      plain: { text: plainText, ms: plainMs, leak: leaksComments(plainText, comments, truth) },
      qari: {
        text: qariText,
        ms: qariMs,
        leak: leaksComments(qariText, comments, truth),
        ...(error ? { error } : {}),
      },
    };
    parentPort?.postMessage(result);
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    const empty = { text: '', ms: NaN, leak: false };
    parentPort?.postMessage({
      set: page.set,
      id: page.id,
      type: page.type,
      plain: empty,
      qari: { ...empty, error: `bench could not read the page: ${message}` },
    });
  }
}
