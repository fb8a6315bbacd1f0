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
      await Services.profiler.StartProfiler(4 * 1024 * 1024, ${INTERVAL_MS}, ['js'], ['GeckoMain']);
      return 'started';
    })()`,
  );
}

/**
 * Stops the profiler and returns the longest stretch, on any process's main thread, of samples
 * with a frame of a script whose address ends in `scriptPath` on the stack: the detection's own
 * block in its real content-script world, compile excluded, DOM and layout work it calls included.
 * Measured from its first such sample to the first sample without it (one interval over at most).
 * `samples`: how many samples caught it in that stretch (fewer than ms/interval when the sampler
 * itself was held up). Null when no sample caught the script (shorter than the interval, or none).
 */
export async function stopAndFindLongestRun(
  driver: Browser,
  scriptPath: string,
): Promise<{ ms: number; samples: number } | null> {
  const answer = await inBrowserWindow(
    driver,
    `(async () => {
      const profile = await Services.profiler.getProfileDataAsync();
      Services.profiler.StopProfiler();
      const needle = ${JSON.stringify(scriptPath)};
      let longest = -1;
      let longestHits = 0;
      const visit = (process) => {
        for (const thread of process.threads ?? []) {
          if (thread.name !== 'GeckoMain') continue;
          const strings = thread.stringTable ?? process.shared?.stringArray ?? [];
          const frames = thread.frameTable, stacks = thread.stackTable, samples = thread.samples;
          const frameHit = frames.data.map((frame) => {
            const location = String(strings[frame[frames.schema.location]] ?? '');
            return location.includes(needle + ':') || location.includes(needle + ')');
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
          for (const sample of samples.data) {
            const stack = sample[samples.schema.stack];
            const time = sample[samples.schema.time];
            const hit = stack !== null && stackHit[stack];
            if (hit && start === null) {
              start = time;
              hits = 0;
            }
            if (hit) {
              lastHit = time;
              hits++;
            }
            if (!hit && start !== null) {
              if (time - start > longest) {
                longest = time - start;
                longestHits = hits;
              }
              start = null;
            }
          }
          if (start !== null && lastHit - start + ${INTERVAL_MS} > longest) {
            longest = lastHit - start + ${INTERVAL_MS};
            longestHits = hits;
          }
        }
        for (const child of process.processes ?? []) visit(child);
      };
      visit(profile);
      return JSON.stringify({ longest, longestHits });
    })()`,
  );
  const { longest: ms, longestHits: samples } = JSON.parse(answer) as {
    longest: number;
    longestHits: number;
  };
  return ms < 0 ? null : { ms, samples };
}
