import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { inBrowserWindow } from './firefox-privileged';

/** The pid of the content process whose window shows `url`, or null when none does. */
export async function contentProcessOf(driver: Browser, url: string): Promise<number | null> {
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

/**
 * How far the resident memory of process `pid` rose above its level at the start while `run`
 * ran: the kernel's own peak (Linux resets `VmHWM` to the current size when 5 is written to
 * clear_refs), so nothing between two samples is missed. Counts all of the process: the DOM
 * clone, the JS heaps, the allocator's slack; and anything else that process did meanwhile.
 */
export async function peakGrowth<T>(
  pid: number,
  run: () => Promise<T>,
): Promise<{ value: T; bytes: number }> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const start = statusBytes(pid, 'VmRSS');
  const value = await run();
  return { value, bytes: Math.max(0, statusBytes(pid, 'VmHWM') - start) };
}
