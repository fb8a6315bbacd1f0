/**
 * `npm run bench:hostile`: the corpus's enormous and broken pages (make-hostile.mjs, vendored in
 * tests/e2e/security/vendor) in the built extension, next to plain Readability on the same page.
 *
 * Chromium, per page:
 * - detection: the worst main-thread task in which the always-on script ran, from a trace of the
 *   page's renderer (as bench:browser measures it); next to it plain `isProbablyReaderable(document)`
 *   timed in the page (one synchronous task: its time is its block);
 * - time to answer: opening reader.html?tabId= → the article or a message shown; next to it plain
 *   `new Readability(document.cloneNode(true)).parse()` timed in the page, stopped after 30 s;
 * - memory: the rise of the page's renderer's resident memory at its peak (the kernel's VmHWM,
 *   reset through /proc/<pid>/clear_refs before the run) while Qari reads the page, and while
 *   plain Readability parses it; beside it the growth of its JS heap (CDP Runtime.getHeapUsage,
 *   after a full GC before), a lower bound: V8 may collect during the run.
 * Firefox (`--firefox`), per page:
 * - detection: the longest stretch of the page's main-thread samples with detect.js or Firefox's
 *   extension machinery (the content script's sandbox, its injection, the API's set-up) on the
 *   stack, from Firefox's own profiler (1 ms sampling, the page's content process, run from
 *   Firefox's privileged window over BiDi): the block in the real content-script world. Beside it, the longest main-thread block
 *   after parsing (a heartbeat in the page, until the detection has answered), the same page's
 *   heartbeat once Qari is uninstalled (what the page itself costs), and the shipped detect.js
 *   evaluated in a BiDi sandbox of the page (an Xray world like a content script's);
 * - time to answer, as in Chromium;
 * - memory: the rise of the page's content process's resident memory at its peak (the kernel's
 *   VmHWM, reset through /proc/<pid>/clear_refs before the run) while Qari reads the page; next to
 *   it plain Readability on a clone, run in a sandbox of the same loaded page, timed around its
 *   parse and measured the same way. Resident memory counts everything the process does: the
 *   extraction script's compile, the DOM clone, the JS heap, the allocator's slack.
 * Options: --only FILE (one page), --firefox, --firefox-only (no Chromium rows), --no-build. Writes bench-output/hostile.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromiumContext, wrapPage } from '../tests/e2e/chromium';
import { GECKO_ID, launchFirefoxWithDriver } from '../tests/e2e/firefox';
import { blockWithoutQari, detectionInSandbox, withDetection } from './bench-hostile/firefox-blocks';
import { chromiumWebRenderers, firefoxContentProcessOf, peakGrowth } from './bench-hostile/process-memory';
import { startProfiler, stopAndFindLongestRun } from './bench-hostile/firefox-profile';
import type { ExtensionBrowser, TestPage } from '../tests/e2e/harness';
import { FIREFOX_BUILD, ROOT, makeBrowserHome } from '../tests/e2e/paths';
import { closeTab, getTab, openTab, waitUntil } from '../tests/e2e/extension-calls';
import type { HostilePage } from '../tests/e2e/security/corpus';
import { generateHostilePages } from '../tests/e2e/security/corpus';
import { startSecurityServers } from '../tests/e2e/security/server';
import { openInView, readView } from '../tests/e2e/security/views';
import { qariDetection, traceDetection } from './bench-browser/detection';
import { kib, ms, table } from './bench-browser/stats';
import { PlainReadability, plainInSandbox } from './bench-hostile/plain';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    firefox: { type: 'boolean', default: false },
    'firefox-only': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const PLAIN_LIMIT_MS = 30_000;
const OUT = path.join(ROOT, 'bench-output');
const HOME = path.join(OUT, 'hostile-home');

const value = (n: number | null | undefined): string => (n === null || n === undefined ? '–' : ms(n));
const bytes = (n: number | null): string => (n === null ? '–' : kib(n));

interface Row {
  page: string;
  bytes: number;
  detectBlockMs: number | null;
  plainDetectMs: number | null;
  answerMs: number | null;
  answer: string;
  heapBytes: number | null;
  plainMs: number | null;
  plainResult: string;
  plainHeapBytes: number | null;
  /** Rise of the page's renderer's resident memory at its peak (VmHWM). */
  peakBytes: number | null;
  plainPeakBytes: number | null;
  firefoxAnswerMs?: number | null;
  firefoxAnswer?: string;
  firefoxBlockMs?: number | null;
  firefoxBaselineMs?: number | null;
  firefoxSandboxMs?: number | null;
  firefoxProfiledMs?: number | null;
  firefoxProfiledCpuMs?: number | null;
  firefoxMemoryBytes?: number | null;
  firefoxPlainDetectMs?: number | null;
  firefoxPlainMs?: number | null;
  firefoxPlainResult?: string;
  firefoxPlainMemoryBytes?: number | null;
}

/** A row with nothing measured in Chromium (`--firefox-only`). */
function emptyRow(page: HostilePage): Row {
  return {
    page: page.file,
    bytes: page.bytes,
    detectBlockMs: null,
    plainDetectMs: null,
    answerMs: null,
    answer: '',
    heapBytes: null,
    plainMs: null,
    plainResult: '',
    plainHeapBytes: null,
    peakBytes: null,
    plainPeakBytes: null,
  };
}

/** A measurement that does not come back (a page that navigates for ever) is reported as missing. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([
    promise.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]);
}

async function waitLoaded(control: TestPage, tab: number, url: string): Promise<void> {
  await waitUntil(
    () => getTab(control, tab),
    (state) => state?.url === url && state.status === 'complete',
    `${url} to load`,
    60_000,
  ).catch(() => undefined); // A redirect loop never settles.
}

/**
 * Opens the reader tab for `url` in a fresh tab; the answer and how long it took. `around` wraps
 * the reading itself, once the page has loaded (Firefox measures its process's memory there).
 */
async function answerOf(
  browser: Pick<ExtensionBrowser, 'extensionOrigin'>,
  control: TestPage,
  reader: TestPage,
  url: string,
  around: <T>(read: () => Promise<T>) => Promise<T> = (read) => read(),
): Promise<{ tab: number; ms: number | null; answer: string }> {
  const tab = await openTab(control, url);
  await waitLoaded(control, tab, url);
  const read = async (): Promise<{ ms: number | null; answer: string }> => {
    try {
      const answered = await openInView(
        reader,
        `${browser.extensionOrigin}/reader.html?tabId=${tab}&t=${Date.now()}`,
        30_000,
      );
      const view = await readView(reader).catch(() => readView(reader));
      return {
        ms: answered,
        answer: view.articleShown ? `article, ${view.textLength} chars` : (view.state ?? '?'),
      };
    } catch (error) {
      return { ms: null, answer: String(error).slice(0, 60) };
    }
  };
  return { tab, ...(await around(read)) };
}

async function benchChromium(pages: readonly HostilePage[], origin: string): Promise<Row[]> {
  const { context, extensionOrigin, profile } = await launchChromiumContext({ home: HOME });
  const controlPage = await context.newPage();
  await controlPage.goto(`${extensionOrigin}/reader.html?tabId=none`);
  const control = wrapPage(controlPage);
  const readerPage = await context.newPage();
  await readerPage.goto(`${extensionOrigin}/reader.html?tabId=none`);
  const reader = wrapPage(readerPage);
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      const url = `${origin}/hostile/${page.file}`;
      process.stderr.write(`chromium ${page.file}…\n`);
      let detectBlockMs: number | null = null;
      // Null when the detection never reported (no content script in an SVG, a redirect loop).
      detectBlockMs =
        (await within(traceDetection(context, control, qariDetection(extensionOrigin), url), 60_000))
          ?.longestTaskMs ?? null;
      // Qari: the reader tab for a fresh load of the page; around its reading, the heap before and
      // after (in a world of plain Readability's, injected once the page has loaded) and the peak
      // of the page's renderer's resident memory.
      // An object, not lets: TypeScript does not see the callback assign them.
      const measured: { plain: PlainReadability | null; heapBytes: number | null; peakBytes: number | null } =
        {
          plain: null,
          heapBytes: null,
          peakBytes: null,
        };
      const renderers = chromiumWebRenderers(profile);
      const result = await answerOf({ extensionOrigin }, control, reader, url, async (read) => {
        const article = context.pages().find((candidate) => candidate.url() === url);
        const plain = article ? await within(PlainReadability.inject(context, article), 30_000) : null;
        measured.plain = plain;
        await within(plain?.collectGarbage() ?? Promise.resolve(), 10_000);
        const before = plain ? await within(plain.used(), 10_000) : null;
        const { bytes: peakBytes, value } = await peakGrowth(renderers, read);
        const after = plain ? await within(plain.used(), 10_000) : null;
        measured.peakBytes = peakBytes;
        measured.heapBytes = before !== null && after !== null ? Math.max(0, after - before) : null;
        return value;
      });
      const { plain, heapBytes, peakBytes } = measured;
      const phases = await readerPage.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('qari:'))
          .map((entry) => `${entry.name.slice(5)} ${Math.round(entry.duration)}`)
          .join(', '),
      );
      process.stderr.write(`  phases: ${phases || '–'}\n`);
      const { tab, ms: answerMs, answer } = result;
      // Plain Readability on the same loaded page, after Qari is done with it.
      const plainDetect = plain ? await within(plain.detect(PLAIN_LIMIT_MS), PLAIN_LIMIT_MS + 10_000) : null;
      const plainPeak = plain
        ? await within(
            peakGrowth(renderers, () => plain.parse(PLAIN_LIMIT_MS)),
            PLAIN_LIMIT_MS + 10_000,
          )
        : null;
      const plainParse = plainPeak?.value ?? null;
      await within(plain?.detach() ?? Promise.resolve(), 5_000);
      await closeTab(control, tab).catch(() => undefined);
      process.stderr.write(
        `  detect ${value(detectBlockMs)} ms (plain ${value(plainDetect?.ms)}), answer ${value(answerMs)} ms (${answer}), heap ${bytes(heapBytes)}, peak ${bytes(peakBytes)}; plain Readability ${value(plainParse?.ms)} ms (${plainParse?.result ?? '–'}), heap ${bytes(plainParse?.heapBytes ?? null)}, peak ${bytes(plainPeak?.bytes ?? null)}\n`,
      );
      rows.push({
        page: page.file,
        bytes: page.bytes,
        detectBlockMs,
        plainDetectMs: plainDetect?.ms ?? null,
        answerMs,
        answer,
        heapBytes,
        plainMs: plainParse?.ms ?? null,
        plainResult: plainParse?.result ?? 'not measured',
        plainHeapBytes: plainParse?.heapBytes ?? null,
        peakBytes,
        plainPeakBytes: plainPeak?.bytes ?? null,
      });
    }
  } finally {
    await context.close();
  }
  return rows;
}

async function benchFirefox(pages: readonly HostilePage[], origin: string, rows: Row[]): Promise<void> {
  const { extension: browser, driver } = await launchFirefoxWithDriver();
  try {
    const control = await browser.openExtensionPage('/reader.html?tabId=none');
    const reader = await browser.openExtensionPage('/reader.html?tabId=none');
    const windows = new Map<string, number>();
    for (const page of pages) {
      process.stderr.write(`firefox ${page.file}…\n`);
      const url = `${origin}/hostile/${page.file}`;
      // The detection's own block, from Firefox's profiler, while the heartbeat watches the page.
      await startProfiler(driver);
      const blocks = await within(
        withDetection(driver, control, url, async (page) => {
          // The page's address now: a page that refreshes itself to another is there. One that
          // keeps refreshing between two may have moved on by the time its process is looked up.
          // Short tries within 10 s in all, so that one slow answer cannot hold the page for long.
          let pid: number | null = null;
          const giveUpAt = Date.now() + 10_000;
          while (pid === null && Date.now() < giveUpAt) {
            pid = await within(firefoxContentProcessOf(driver, page.url()), 2_000);
          }
          if (pid === null) throw new Error(`no content process found for ${page.url()}`);
          return within(stopAndFindLongestRun(driver, [`${browser.extensionOrigin}/detect.js`], pid), 60_000);
        }),
        150_000,
      );
      const profiled = blocks?.whileOpen ?? null;
      const profiledMs = profiled?.ms ?? null;
      if (blocks) windows.set(page.file, blocks.window);
      // The page's content process: its memory while Qari reads the page, then while plain
      // Readability does, in a sandbox of the same loaded page.
      // An object, not two lets: TypeScript does not see the callback assign them.
      const processMemory: { pid: number | null; bytes: number | null } = { pid: null, bytes: null };
      const result = await answerOf(browser, control, reader, url, async (read) => {
        const pid = await within(firefoxContentProcessOf(driver, url), 10_000);
        processMemory.pid = pid;
        if (pid === null) return read();
        const measured = await peakGrowth([pid], read);
        processMemory.bytes = measured.bytes;
        return measured.value;
      });
      const { pid, bytes: heapBytes } = processMemory;
      const tabPage = (await driver.pages()).find((candidate) => candidate.url() === url);
      const plain =
        pid !== null && tabPage
          ? await within(
              peakGrowth([pid], () => plainInSandbox(tabPage)),
              PLAIN_LIMIT_MS + 10_000,
            )
          : null;
      await closeTab(control, result.tab).catch(() => undefined);
      process.stderr.write(
        `  detection (profiler) ${value(profiledMs)} ms (${profiled?.samples ?? 0} samples, CPU ${value(profiled?.cpuMs)} ms), block after parse ${value(blocks?.worstAfterParseMs)} ms, answer ${value(result.ms)} ms (${result.answer}), memory ${bytes(heapBytes)}; plain readerable ${value(plain?.value.detectMs)} ms, plain Readability ${value(plain?.value.ms)} ms (${plain?.value.result ?? '–'}), memory ${bytes(plain?.bytes ?? null)}\n`,
      );
      const row = rows.find((candidate) => candidate.page === page.file);
      if (row) {
        Object.assign(row, {
          firefoxAnswerMs: result.ms,
          firefoxAnswer: result.answer,
          firefoxBlockMs: blocks?.worstAfterParseMs ?? null,
          firefoxProfiledMs: profiledMs,
          firefoxProfiledCpuMs: profiled?.cpuMs ?? null,
          firefoxMemoryBytes: heapBytes,
          firefoxPlainDetectMs: plain?.value.detectMs ?? null,
          firefoxPlainMs: plain?.value.ms ?? null,
          firefoxPlainResult: plain?.value.result ?? 'not measured',
          firefoxPlainMemoryBytes: plain?.bytes ?? null,
        });
      }
    }
    // The control: the same pages from the same server in the same browser, without Qari.
    await driver.uninstallExtension(GECKO_ID);
    const detectScript = readFileSync(path.join(FIREFOX_BUILD, 'detect.js'), 'utf8');
    for (const page of pages) {
      const window = windows.get(page.file);
      if (window === undefined) continue;
      const baseline = await within(
        blockWithoutQari(driver, `${origin}/hostile/${page.file}`, window),
        150_000,
      );
      process.stderr.write(`firefox without Qari ${page.file}: ${value(baseline)} ms\n`);
      const sandbox = await within(
        detectionInSandbox(driver, `${origin}/hostile/${page.file}`, detectScript),
        150_000,
      );
      process.stderr.write(`firefox detect.js in a sandbox ${page.file}: ${value(sandbox)} ms\n`);
      const row = rows.find((candidate) => candidate.page === page.file);
      if (row) Object.assign(row, { firefoxBaselineMs: baseline ?? null, firefoxSandboxMs: sandbox ?? null });
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!values['no-build']) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  makeBrowserHome(HOME);
  makeBrowserHome();
  const dir = path.join(OUT, 'hostile-pages');
  const all = generateHostilePages(dir);
  const pages = values.only ? all.filter((page) => page.file === values.only) : all;
  if (pages.length === 0) {
    throw new Error(
      `--only ${values.only}: no such page; the pages are ${all.map((page) => page.file).join(', ')}`,
    );
  }
  const servers = await startSecurityServers({
    hostile: { dir, contentTypes: Object.fromEntries(all.map((page) => [page.file, page.contentType])) },
  });
  try {
    const rows = values['firefox-only']
      ? pages.map((page) => emptyRow(page))
      : await benchChromium(pages, servers.pageOrigin);
    if (values.firefox) await benchFirefox(pages, servers.pageOrigin, rows);
    const header = [
      'page',
      'size',
      'detect block ms',
      'plain readerable ms',
      'Qari answer ms',
      'Qari answer',
      'Qari heap',
      'Qari peak memory',
      'plain Readability ms',
      'plain result',
      'plain heap',
      'plain peak memory',
      ...(values.firefox
        ? [
            'Firefox detection block ms (profiler)',
            'its CPU ms',
            'Firefox plain readerable ms',
            'Firefox block after parse ms',
            'same page, Qari uninstalled',
            'detect.js in a sandbox ms',
            'Firefox answer ms',
            'Firefox answer',
            'Firefox memory',
            'Firefox plain Readability ms',
            'Firefox plain result',
            'Firefox plain memory',
          ]
        : []),
    ];
    const body = rows.map((row) => [
      row.page,
      kib(row.bytes),
      value(row.detectBlockMs),
      value(row.plainDetectMs),
      value(row.answerMs),
      row.answer,
      bytes(row.heapBytes),
      bytes(row.peakBytes),
      value(row.plainMs),
      row.plainResult,
      bytes(row.plainHeapBytes),
      bytes(row.plainPeakBytes),
      ...(values.firefox
        ? [
            value(row.firefoxProfiledMs),
            value(row.firefoxProfiledCpuMs),
            value(row.firefoxPlainDetectMs),
            value(row.firefoxBlockMs),
            value(row.firefoxBaselineMs),
            value(row.firefoxSandboxMs),
            value(row.firefoxAnswerMs),
            row.firefoxAnswer ?? '',
            bytes(row.firefoxMemoryBytes ?? null),
            value(row.firefoxPlainMs),
            row.firefoxPlainResult ?? '',
            bytes(row.firefoxPlainMemoryBytes ?? null),
          ]
        : []),
    ]);
    console.log(table([header, ...body]));
    /** The largest of one figure over the pages (0 when none was measured). */
    const worstOf = (pick: (row: Row) => number | null | undefined): number =>
      Math.max(0, ...rows.map((row) => pick(row) ?? 0));
    if (values.firefox) {
      const firefoxSlowest = Math.max(...rows.map((row) => row.firefoxAnswerMs ?? Infinity));
      const profiled = rows.filter(
        (row) => row.firefoxProfiledMs !== null && row.firefoxProfiledMs !== undefined,
      );
      console.log(
        [
          `\nFirefox: worst detection block ${ms(worstOf((row) => row.firefoxProfiledMs))} ms in its content-script world, its CPU at worst ${ms(worstOf((row) => row.firefoxProfiledCpuMs))} ms (the profiler caught it on ${profiled.length} of ${rows.length} pages; target ≤ 50)`,
          `worst block after parse ${ms(worstOf((row) => row.firefoxBlockMs))} ms (the heartbeat: the page's own blocks included)`,
          `detect.js in a sandbox at worst ${ms(worstOf((row) => row.firefoxSandboxMs))} ms`,
          `slowest answer ${ms(firefoxSlowest)} ms (target ≤ 5,000)`,
          `peak memory growth of the page's process at worst ${bytes(worstOf((row) => row.firefoxMemoryBytes))} with Qari, ${bytes(worstOf((row) => row.firefoxPlainMemoryBytes))} with plain Readability`,
        ].join('; '),
      );
    }
    const slowest = Math.max(...rows.map((row) => row.answerMs ?? Infinity));
    if (!values['firefox-only']) {
      console.log(
        `\nChromium: worst detection block: ${ms(worstOf((row) => row.detectBlockMs))} ms (target ≤ 50); slowest answer: ${ms(slowest)} ms (target ≤ 5,000); peak memory growth of the page's renderer at worst ${bytes(worstOf((row) => row.peakBytes))} with Qari, ${bytes(worstOf((row) => row.plainPeakBytes))} with plain Readability`,
      );
    }
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'hostile.json'), JSON.stringify(rows, null, 1));
  } finally {
    await servers.close();
  }
}

await main();
