/**
 * `npm run bench:library`: the library with 5,000 saved articles, in the built extension in real
 * headless Chromium.
 *
 * Articles: the AEB benchmark pages and the project's fixture pages (the right-to-left ones), run
 * through the extraction pipeline in Node, then varied (one canonical URL per copy) to 5,000, and
 * written into the extension's own database from an extension page in one go.
 * Measured, with the library at 5,000:
 * - save one article: the real path, the popup's save button on a served benchmark page (click →
 *   the button says "Saved"), several pages;
 * - the library page's first screen: navigation start → the first rows in the DOM and a frame
 *   painted (the page's own `qari:library-first-screen` mark), several loads;
 * - search as you type: per keystroke, the input event → the results in the DOM and laid out,
 *   after the full-text index is built (its build time is reported too);
 * - the database size: the sum of the records, the browser's estimate, and the IndexedDB folder.
 * Options: --no-build, --articles N (default 5000), --fresh (extract the base articles again).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromiumContext, wrapPage } from '../tests/e2e/chromium';
import { closeTab, openTab, waitForTabLoaded } from '../tests/e2e/extension-calls';
import { ROOT, makeBrowserHome } from '../tests/e2e/paths';
import { baseArticles, variantRecord } from './bench-library/articles';
import { servePages } from './bench-browser/server';
import { seedPage, selectAebPages } from './bench-browser/pages';
import { kib, ms, summarize, table } from './bench-browser/stats';
import type { Summary } from './bench-browser/stats';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    articles: { type: 'string', default: '5000' },
    out: { type: 'string', default: 'bench-output/library.json' },
  },
});
const ARTICLES = Number(values.articles);
const TARGETS = { saveMs: 50, firstScreenMs: 300, searchMedianMs: 30 };
const HOME = path.join(ROOT, 'bench-output/library-home');
const CACHE = path.join(ROOT, 'bench-output/library-base-articles.json');
const INSERT_BATCH = 200;
const FIRST_SCREEN_RUNS = 9;
const INDEX_RUNS = 3;
/** What people type: Arabic with and without hamza/diacritics, English words and names. */
const QUERIES = [
  'الإمارات',
  'اعاده العراقيين',
  'الاقتصاد',
  'climate change',
  'president',
  'football club',
  'apple',
];

const log = (line: string): void => console.log(line);

if (!values['no-build']) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
rmSync(HOME, { recursive: true, force: true });
makeBrowserHome(HOME);
if (values.fresh) rmSync(CACHE, { force: true });

log('Extracting the base articles (pipeline in Node, jsdom)…');
const bases = baseArticles(CACHE, log);
log(
  `  ${bases.length} base articles (${bases.filter((article) => article.dir === 'rtl').length} right to left)`,
);

// Pages to save from the popup: served here, so their canonical URLs are new to the library.
const aeb = selectAebPages();
const savePages = [seedPage(), aeb.largest, ...aeb.typical];
const served = new Map(savePages.map((page, index) => [`save-${index}`, page.html]));
const server = await servePages(served);

const { context, extensionOrigin } = await launchChromiumContext({ home: HOME });
const product = context.browser()?.version() ?? '';

async function openLibraryPage(): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${extensionOrigin}/library.html`);
  await page.waitForSelector('.library[data-complete="true"]', { timeout: 120_000 });
  return page;
}

// 1. The library, filled. The page opens the database first (Dexie creates it at this schema).
const filler = await openLibraryPage();
const fillStart = performance.now();
const now = Date.now();
for (let from = 0; from < ARTICLES; from += INSERT_BATCH) {
  const records = [];
  for (let index = from; index < Math.min(ARTICLES, from + INSERT_BATCH); index += 1)
    records.push(variantRecord(bases, index, now));
  await filler.evaluate(async (batch) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qari-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(['entries', 'contents'], 'readwrite');
      for (const record of batch) {
        transaction.objectStore('entries').put(record.entry);
        transaction.objectStore('contents').put(record.content);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, records);
}
const fillMs = performance.now() - fillStart;
await filler.close();
log(`Library filled with ${ARTICLES} articles in ${(fillMs / 1000).toFixed(1)} s.`);

// 2. First screen.
const firstScreens: number[] = [];
const indexBuilds: number[] = [];
for (let run = 0; run < FIRST_SCREEN_RUNS; run += 1) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${extensionOrigin}/library.html`);
  // No helper functions inside: tsx would wrap them in its `__name`, which the page does not have.
  // The index build is measured on the first loads only (it takes a while; the first screen does not).
  const marks = await page.evaluate(async (waitForIndex: boolean) => {
    let firstScreen = -1;
    let rows = 0;
    for (;;) {
      const [first] = performance.getEntriesByName('qari:library-first-screen');
      if (first && firstScreen < 0) {
        firstScreen = first.startTime;
        rows = document.querySelectorAll('[data-testid="library-item"]').length;
      }
      const [indexed] = performance.getEntriesByName('qari:library-indexed');
      if (firstScreen >= 0 && !waitForIndex) return { firstScreen, rows, indexed: -1 };
      if (indexed && firstScreen >= 0) return { firstScreen, rows, indexed: indexed.startTime };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, run < INDEX_RUNS);
  if (marks.rows === 0) throw new Error('the first screen has no rows');
  firstScreens.push(marks.firstScreen);
  if (marks.indexed >= 0) indexBuilds.push(marks.indexed);
  await page.close();
}

// 3. Search as you type, on a page whose index is built.
const searchPage = await openLibraryPage();
await searchPage.waitForSelector('.library[data-indexing="false"]', { timeout: 300_000 });
const keystrokes: { query: string; ms: number; results: number }[] = [];
for (const query of QUERIES) {
  for (let length = 1; length <= query.length; length += 1) {
    const typed = query.slice(0, length);
    if (typed.endsWith(' ')) continue;
    const result = await searchPage.evaluate(async (value: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
      const main = document.querySelector('.library-main');
      if (!input || !main) throw new Error('no search box');
      const shown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (main.getAttribute('data-query') === value) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(main, { attributes: true, attributeFilter: ['data-query'] });
      });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await shown;
      // Style and layout of the new rows count: what is shown, not just what is in the DOM.
      void document.body.offsetHeight;
      const elapsed = performance.now() - start;
      return { ms: elapsed, results: Number(main.getAttribute('data-shown')) };
    }, typed);
    keystrokes.push({ query: typed, ...result });
  }
  await searchPage.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
    if (input) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, null);
}
const size = await searchPage.evaluate(async () => {
  const estimate = await navigator.storage.estimate();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('qari-library');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const sizes = await new Promise<number[]>((resolve, reject) => {
    const request = db.transaction('entries').objectStore('entries').getAll();
    request.onsuccess = () => resolve((request.result as { size: number }[]).map((entry) => entry.size));
    request.onerror = () => reject(request.error);
  });
  db.close();
  return {
    records: sizes.reduce((sum, value) => sum + value, 0),
    count: sizes.length,
    estimate: estimate.usage ?? 0,
  };
}, null);
await searchPage.close();

// 4. Save one article from the popup (the library at 5,000).
const controlPage = await context.newPage();
await controlPage.goto(`${extensionOrigin}/reader.html?tabId=none`);
const control = wrapPage(controlPage);
const saves: number[] = [];
for (const name of served.keys()) {
  const tabId = await openTab(control, server.url(name));
  await waitForTabLoaded(control, tabId);
  const popup = await context.newPage();
  await popup.goto(`${extensionOrigin}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="save-article"][data-state="unsaved"]', { timeout: 30_000 });
  saves.push(
    await popup.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="save-article"]');
      if (!button) throw new Error('no save button');
      const saved = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (button.getAttribute('data-state') === 'saved') {
            observer.disconnect();
            resolve();
          } else if (button.getAttribute('data-state') === 'error') throw new Error('the save failed');
        });
        observer.observe(button, { attributes: true, attributeFilter: ['data-state'] });
      });
      const start = performance.now();
      button.click();
      await saved;
      return performance.now() - start;
    }),
  );
  await popup.close();
  await closeTab(control, tabId);
}
await context.close();
await server.close();

function folderBytes(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = statSync(file);
    total += stat.isDirectory() ? folderBytes(file) : stat.size;
  }
  return total;
}
function indexedDbFolderBytes(): number {
  const tmp = path.join(HOME, 'tmp');
  let total = 0;
  for (const profile of readdirSync(tmp).filter((name) => name.startsWith('chromium-'))) {
    const folder = path.join(tmp, profile, 'Default', 'IndexedDB');
    try {
      total += folderBytes(folder);
    } catch {
      // No IndexedDB folder in this profile.
    }
  }
  return total;
}
const diskBytes = indexedDbFolderBytes();

const save = summarize(saves);
const firstScreen = summarize(firstScreens);
const search = summarize(keystrokes.map((keystroke) => keystroke.ms));
const indexBuild = summarize(indexBuilds);
const verdict = (value: number, target: number): string => (value <= target ? 'MET' : 'MISSED');
const rows = [
  ['', 'median', 'p90', 'n', 'target', ''],
  [
    'save one article (popup click → saved)',
    ms(save.median),
    ms(save.p90),
    String(save.n),
    `≤ ${TARGETS.saveMs} ms`,
    verdict(save.median, TARGETS.saveMs),
  ],
  [
    'library first screen (navigation → rows painted)',
    ms(firstScreen.median),
    ms(firstScreen.p90),
    String(firstScreen.n),
    `≤ ${TARGETS.firstScreenMs} ms`,
    verdict(firstScreen.median, TARGETS.firstScreenMs),
  ],
  [
    'search as you type (per keystroke)',
    ms(search.median),
    ms(search.p90),
    String(search.n),
    `median ≤ ${TARGETS.searchMedianMs} ms`,
    verdict(search.median, TARGETS.searchMedianMs),
  ],
  [
    'full-text index built (navigation → indexed)',
    ms(indexBuild.median),
    ms(indexBuild.p90),
    String(indexBuild.n),
    '',
    '',
  ],
];
log('');
log(`Chromium ${product}, ${size.count} saved articles (${bases.length} extracted pages, varied)`);
log(table(rows));
log('');
log(
  table([
    ['database size', ''],
    ['records (UTF-8 JSON, the page’s "space used")', kib(size.records)],
    ['navigator.storage.estimate()', kib(size.estimate)],
    ['IndexedDB folder on disk', kib(diskBytes)],
  ]),
);
const slowest = [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 5);
log('');
log(`slowest keystrokes: ${slowest.map((k) => `"${k.query}" ${ms(k.ms)} ms (${k.results})`).join(', ')}`);

const summaryOf = (summary: Summary) => summary;
mkdirSync(path.dirname(path.join(ROOT, values.out)), { recursive: true });
writeFileSync(
  path.join(ROOT, values.out),
  JSON.stringify(
    {
      chromium: product,
      articles: size.count,
      baseArticles: bases.length,
      fillMs,
      saveMs: summaryOf(save),
      firstScreenMs: summaryOf(firstScreen),
      searchKeystrokeMs: summaryOf(search),
      indexBuiltMs: summaryOf(indexBuild),
      bytes: { records: size.records, estimate: size.estimate, disk: diskBytes },
      keystrokes,
      saves,
      firstScreens,
    },
    null,
    2,
  ),
);
log(`\nwritten: ${values.out}`);
