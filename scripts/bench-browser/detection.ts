import type { BrowserContext } from 'playwright-core';
import type { TestPage } from '../../tests/e2e/harness';
import { toolbarOf, waitUntil } from '../../tests/e2e/extension-calls';
import { tabIdOf } from './reading-view';

/** The always-on script, as the Chrome build names it. */
export const DETECT_SCRIPT = 'detect.js';

/** One page load, from a trace of the page's renderer: what the detection script cost its main thread. */
export interface DetectionRun {
  /** Sum of the main-thread tasks in which the detection script ran or its world was made (ms) */
  mainThreadMs: number;
  /** The longest of those tasks (ms) */
  longestTaskMs: number;
  /** How many tasks that was */
  tasks: number;
  /** Of which: evaluating the script (compile, the detection itself, its microtasks) */
  evaluateMs: number;
  /** Of which: compiling it */
  compileMs: number;
  /** Style recalculation and layout inside those tasks (what the visibility checks forced) */
  styleLayoutMs: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { fileName?: string; data?: { url?: string } };
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Which extension's script to look for, and the toolbar title it shows before its answer. */
export interface TracedScript {
  /** Its address (`chrome-extension://<id>/detect.js`) */
  url: string;
  /** The tab's toolbar title until the background has the script's answer */
  titleBefore: string;
}

/** Qari's detection, as the built extension names it. */
export function qariDetection(extensionOrigin: string): TracedScript {
  return { url: `${extensionOrigin}/${DETECT_SCRIPT}`, titleBefore: 'Qari — reader view' };
}

function end(event: TraceEvent): number {
  return event.ts + (event.dur ?? 0);
}

/** The detection script's share of a trace: its own events, and the tasks that contain them. */
export function analyzeTrace(events: readonly TraceEvent[], scriptUrl: string): DetectionRun {
  const ours = events.filter(
    (event) =>
      event.ph === 'X' && (event.args?.data?.url === scriptUrl || event.args?.fileName === scriptUrl),
  );
  // Chromium creates the isolated world for an extension's script (`ScriptInjection::InjectJs`:
  // the V8 context, the extension bindings) in a task before the script's own when it injects a
  // declared content script at document idle, and in the same task for `executeScript`. One
  // extension is loaded in each of the benchmark's browsers, so every injection on the page's
  // thread is that extension's.
  const injections = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.name === 'ScriptInjection::InjectJs' &&
      ours.some((hit) => hit.pid === event.pid && hit.tid === event.tid),
  );
  const tasks = new Map<TraceEvent, true>();
  for (const hit of [...ours, ...injections]) {
    const task = events.find(
      (event) =>
        event.ph === 'X' &&
        TASK_NAMES.has(event.name) &&
        event.pid === hit.pid &&
        event.tid === hit.tid &&
        event.ts <= hit.ts &&
        end(event) >= end(hit),
    );
    tasks.set(task ?? hit, true);
  }
  // Nested tasks (a RunTask inside a ThreadControllerImpl::RunTask) count once: keep the outermost.
  const outer = [...tasks.keys()].filter(
    (task) =>
      ![...tasks.keys()].some(
        (other) =>
          other !== task &&
          other.ts <= task.ts &&
          end(other) >= end(task) &&
          (other.dur ?? 0) > (task.dur ?? 0),
      ),
  );
  const sum = (list: readonly TraceEvent[]) =>
    list.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  const styleLayout = events.filter(
    (event) =>
      event.ph === 'X' &&
      (event.name === 'UpdateLayoutTree' || event.name === 'Layout') &&
      outer.some(
        (task) =>
          event.pid === task.pid && event.tid === task.tid && event.ts >= task.ts && end(event) <= end(task),
      ),
  );
  return {
    mainThreadMs: sum(outer),
    longestTaskMs: Math.max(0, ...outer.map((task) => (task.dur ?? 0) / 1000)),
    tasks: outer.length,
    evaluateMs: sum(ours.filter((event) => event.name === 'EvaluateScript')),
    compileMs: sum(ours.filter((event) => event.name === 'v8.compile')),
    styleLayoutMs: sum(styleLayout),
  };
}

/**
 * Loads `url` in a fresh tab under a trace of the whole browser, waits until the extension's
 * background has the script's answer (the tab's toolbar title changes), and returns the script's
 * main-thread cost.
 */
export async function traceDetection(
  context: BrowserContext,
  control: TestPage,
  script: TracedScript,
  url: string,
): Promise<DetectionRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'v8.execute', 'extensions'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(control, url);
    await waitUntil(
      () => toolbarOf(control, tabId),
      (state) => state.title !== script.titleBefore,
      `the detection on ${url}`,
      30_000,
    );
    await page.waitForTimeout(150); // The background's answer to the report, a task of its own.
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await page.close();
  }
  return analyzeTrace(events, script.url);
}
