import type { Browser } from 'puppeteer-core';
import { inBrowserWindow } from './firefox-privileged';

/** Sampling interval of the Gecko profiler, ms: the figures are ± this. */
const INTERVAL_MS = 1;

/**
 * Starts Firefox's own profiler (Gecko's, as about:profiling does) on the main threads of every
 * process, with JS stacks, sampling every millisecond. Content processes started later join it.
 */
export async function startProfiler(driver: Browser): Promise<void> {
  await inBrowserWindow(
    driver,
    `(async () => {
      if (Services.profiler.IsActive()) Services.profiler.StopProfiler();
      await Services.profiler.StartProfiler(4 * 1024 * 1024, ${INTERVAL_MS}, ['js', 'cpu'], ['GeckoMain']);
      return 'started';
    })()`,
  );
}

/**
 * Firefox's own extension machinery in a content process: the modules that create a content
 * script's sandbox, run what it is given, and set the extension API up in it on first use. Their
 * frames are on the page's main thread only because of an extension (Qari is the only one in the
 * benchmark's profile), so their time is Qari's as much as the script's own is.
 */
const EXTENSION_MACHINERY = ['resource://gre/modules/Extension', 'resource://gre/modules/Schemas.sys.mjs'];

/**
 * Stops the profiler and returns the longest stretch, on the main thread of the page's process
 * (`pagePid`; not the parent's, which hosts the extension API's other half), of samples
 * with a frame of one of `scriptPaths` (addresses of Qari's scripts) or of Firefox's extension
 * machinery on the stack: the detection's own block in its real content-script world, with the
 * sandbox's creation, the API's set-up, and the DOM and layout work the script calls.
 * Measured from its first such sample to the first sample without it (one interval over at most).
 * `samples`: how many samples caught it in that stretch (fewer than ms/interval when the sampler
 * itself was held up); `cpuMs`: the main thread's CPU time over the stretch (the profiler's 'cpu'
 * feature), which a busy machine does not stretch the way it stretches the wall clock. Null when
 * no sample caught it (shorter than the interval, or none).
 */
export async function stopAndFindLongestRun(
  driver: Browser,
  scriptPaths: readonly string[],
  pagePid: number,
): Promise<{ ms: number; samples: number; cpuMs: number | null } | null> {
  const answer = await inBrowserWindow(
    driver,
    `(async () => {
      const profile = await Services.profiler.getProfileDataAsync();
      Services.profiler.StopProfiler();
      const needles = ${JSON.stringify(EXTENSION_MACHINERY.concat(scriptPaths))};
      let longest = -1;
      let longestHits = 0;
      let longestCpu = null;
      let seen = false;
      const visit = (process) => {
        for (const thread of process.threads ?? []) {
          if (thread.name !== 'GeckoMain' || Number(thread.pid) !== ${pagePid}) continue;
          seen = true;
          const strings = thread.stringTable ?? process.shared?.stringArray ?? [];
          const frames = thread.frameTable, stacks = thread.stackTable, samples = thread.samples;
          const frameHit = frames.data.map((frame) => {
            const location = String(strings[frame[frames.schema.location]] ?? '');
            return needles.some((needle) => location.includes(needle));
          });
          // A stack's prefix always comes before it in the table.
          const stackHit = [];
          for (let i = 0; i < stacks.data.length; i++) {
            const entry = stacks.data[i];
            const prefix = entry[stacks.schema.prefix];
            stackHit.push(frameHit[entry[stacks.schema.frame]] || (prefix !== null && stackHit[prefix]));
          }
          let start = null;
          let lastHit = 0;
          let hits = 0;
          let cpu = 0;
          // The thread's CPU time since the previous sample, per sample ('cpu' feature).
          const unit = process.meta?.sampleUnits?.threadCPUDelta;
          const perMs = unit === 'µs' ? 1000 : unit === 'ns' ? 1e6 : null;
          const cpuColumn = samples.schema.threadCPUDelta;
          for (const sample of samples.data) {
            const stack = sample[samples.schema.stack];
            const time = sample[samples.schema.time];
            const hit = stack !== null && stackHit[stack];
            if (hit && start === null) {
              start = time;
              hits = 0;
              cpu = 0;
            }
            if (hit) {
              lastHit = time;
              hits++;
              // A sample's delta is the CPU used since the previous sample: within the stretch
              // from its second sample on.
              if (hits > 1 && cpuColumn !== undefined) cpu += sample[cpuColumn] ?? 0;
            }
            if (!hit && start !== null) {
              if (cpuColumn !== undefined) cpu += sample[cpuColumn] ?? 0;
              if (time - start > longest) {
                longest = time - start;
                longestHits = hits;
                longestCpu = perMs && cpuColumn !== undefined ? cpu / perMs : null;
              }
              start = null;
            }
          }
          if (start !== null && lastHit - start + ${INTERVAL_MS} > longest) {
            longest = lastHit - start + ${INTERVAL_MS};
            longestHits = hits;
            longestCpu = perMs && cpuColumn !== undefined ? cpu / perMs : null;
          }
        }
        for (const child of process.processes ?? []) visit(child);
      };
      visit(profile);
      return JSON.stringify({ longest, longestHits, longestCpu, seen });
    })()`,
  );
  const {
    longest: ms,
    longestHits: samples,
    longestCpu: cpuMs,
    seen,
  } = JSON.parse(answer) as {
    longest: number;
    longestHits: number;
    longestCpu: number | null;
    seen: boolean;
  };
  if (!seen) throw new Error(`the profile has no main thread of the page's process (pid ${pagePid})`);
  return ms < 0 ? null : { ms, samples, cpuMs };
}
