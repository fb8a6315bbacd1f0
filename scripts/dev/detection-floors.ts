// What Chromium charges a page for an extension's script before a line of it runs, three ways:
// `tsx scripts/dev/detection-floors.ts [ROUNDS]`. Each way is a minimal extension in a browser of
// its own; the six pages of bench:browser's detection are loaded in turns in each, under a trace,
// and the main-thread tasks the script ran in (or its world was made in) are summed, as
// bench:browser does for Qari's detect.js. Why Qari injects its detection (executeScript) and why
// no content script meets 5 ms on this machine kind: see the README's benchmark section.
import path from 'node:path';
import { launchChromiumContext, wrapPage } from '../../tests/e2e/chromium';
import { ROOT, makeBrowserHome } from '../../tests/e2e/paths';
import { traceDetection } from '../bench-browser/detection';
import {
  DECLARED_SCRIPT,
  EMPTY_SCRIPT,
  FLOOR_TITLE,
  writeDeclaredFloorExtension,
  writeFloorExtension,
} from '../bench-browser/floor-extension';
import { seedPage, selectAebPages } from '../bench-browser/pages';
import { servePages } from '../bench-browser/server';
import { ms, summarize } from '../bench-browser/stats';

const ROUNDS = Number(process.argv[2] ?? 6);
const OUT = path.join(ROOT, 'bench-output');
const HOME = path.join(OUT, 'floors-home');
makeBrowserHome(HOME);

const ways = [
  {
    name: 'injected empty script (executeScript, as Qari)',
    folder: writeFloorExtension(path.join(OUT, 'floor-injected')),
    script: EMPTY_SCRIPT,
  },
  {
    name: 'declared empty content script',
    folder: writeDeclaredFloorExtension(path.join(OUT, 'floor-declared'), { sendsAnswer: false }),
    script: DECLARED_SCRIPT,
  },
  {
    name: 'declared content script sending one message',
    folder: writeDeclaredFloorExtension(path.join(OUT, 'floor-declared-message'), { sendsAnswer: true }),
    script: DECLARED_SCRIPT,
  },
];

const aeb = selectAebPages();
const pages = [seedPage(), aeb.largest, ...aeb.typical];
const server = await servePages(new Map(pages.map((page, index) => [`page-${index}`, page.html])));
const browsers = [];
for (const way of ways) {
  const { context, extensionOrigin } = await launchChromiumContext({ home: HOME, extension: way.folder });
  const control = await context.newPage();
  await control.goto(`${extensionOrigin}/control.html`);
  browsers.push({
    way,
    context,
    control: wrapPage(control),
    script: { url: `${extensionOrigin}/${way.script}`, titleBefore: FLOOR_TITLE.before },
    mainThreadMs: [] as number[],
  });
}
try {
  // One load of each page in each browser first, not counted (it compiles and caches).
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [index] of pages.entries()) {
      for (const browser of browsers) {
        const run = await traceDetection(
          browser.context,
          browser.control,
          browser.script,
          server.url(`page-${index}`),
        );
        if (round > 0) browser.mainThreadMs.push(run.mainThreadMs);
      }
    }
  }
} finally {
  for (const browser of browsers) await browser.context.close();
  await server.close();
}
console.log(`main thread per page load, ms, ${ROUNDS} loads of each of ${pages.length} pages pooled`);
for (const browser of browsers) {
  const summary = summarize(browser.mainThreadMs);
  console.log(`${browser.way.name.padEnd(48)} median ${ms(summary.median)}  p90 ${ms(summary.p90)}`);
}
