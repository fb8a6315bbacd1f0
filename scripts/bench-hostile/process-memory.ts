import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { inBrowserWindow } from './firefox-privileged';

/** Firefox: the pid of the content process whose window shows `url`, or null when none does. */
export async function firefoxContentProcessOf(driver: Browser, url: string): Promise<number | null> {
  const pid = await inBrowserWindow(
    driver,
    `(async () => {
      const info = await ChromeUtils.requestProcInfo();
      const child = info.children.find((c) => c.windows.some((w) => w.documentURI?.spec === ${JSON.stringify(url)}));
      return String(child ? child.pid : '');
    })()`,
  );
  return pid ? Number(pid) : null;
}

/** `VmRSS` or `VmHWM` of a process, in bytes, from /proc. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  if (!kib) throw new Error(`no ${field} for process ${pid}`);
  return Number(kib) * 1024;
}

/** The command line of every process on the machine, in words (paths with spaces do not survive). */
function processes(): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Chromium's child processes rewrite their command line as one string with spaces.
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
      found.push({ pid: Number(entry), args });
    } catch {
      // A process that ended while the list was read.
    }
  }
  return found;
}

/**
 * Chromium: the renderer processes for web pages (not the extension's, not the browser's own UI)
 * of the browser started with `profile` as its user data directory, which every one of its
 * processes carries on its command line. With one web page open, that page's renderer and spares.
 */
export function chromiumWebRenderers(profile: string): number[] {
  return processes()
    .filter(
      ({ args }) =>
        args.includes('--type=renderer') &&
        args.includes(`--user-data-dir=${profile}`) &&
        !args.includes('--extension-process') &&
        !args.includes('--top-chrome-webui'),
    )
    .map(({ pid }) => pid);
}

/**
 * How far the resident memory of processes `pids` rose above their level at the start while `run`
 * ran, for the one that rose most: the kernel's own peak (Linux resets `VmHWM` to the current size
 * when 5 is written to clear_refs), so nothing between two samples is missed. Counts all of the
 * process: the DOM clone, the JS heaps, compiled code, the allocator's slack; and anything else
 * that process did meanwhile.
 */
export async function peakGrowth<T>(
  pids: readonly number[],
  run: () => Promise<T>,
): Promise<{ value: T; bytes: number | null }> {
  const starts = new Map<number, number>();
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      starts.set(pid, statusBytes(pid, 'VmRSS'));
    } catch {
      // A process that ended meanwhile.
    }
  }
  const value = await run();
  let bytes: number | null = null;
  for (const [pid, start] of starts) {
    try {
      bytes = Math.max(bytes ?? 0, statusBytes(pid, 'VmHWM') - start);
    } catch {
      // A process that ended meanwhile.
    }
  }
  return { value, bytes };
}
