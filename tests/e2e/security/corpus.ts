import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Vector } from './vendor/make-pages.mjs';

/** The vendored corpora (see vendor/NOTICE.md); generated pages never enter the repository. */
export const VENDOR = fileURLToPath(new URL('./vendor/', import.meta.url));

export function loadVectors(): Vector[] {
  return JSON.parse(readFileSync(path.join(VENDOR, 'xss-public.json'), 'utf8')) as Vector[];
}

export interface GeneratedPage {
  file: string;
  id: string;
  category: string;
  markers: Record<string, string>;
  check: string | null;
  interaction: boolean;
}

/**
 * Writes one article page per vector (every location at once) into `outDir` and returns the index.
 * `beaconOrigin` is where an executed vector or a beacon sends its request: the test's own server,
 * so that hits are counted in both browsers.
 */
export function generateVectorPages(outDir: string, beaconOrigin: string): GeneratedPage[] {
  execFileSync(process.execPath, [path.join(VENDOR, 'make-pages.mjs'), '--out', outDir], {
    env: { ...process.env, XSS_BEACON_ORIGIN: beaconOrigin },
    stdio: 'ignore',
  });
  const index = JSON.parse(readFileSync(path.join(outDir, 'index.json'), 'utf8')) as {
    pages: GeneratedPage[];
  };
  return index.pages;
}

export interface HostilePage {
  file: string;
  bytes: number;
  contentType: string;
  tests: string;
}

/** Writes the enormous and broken pages into `outDir` and returns their manifest. */
export function generateHostilePages(outDir: string): HostilePage[] {
  execFileSync(process.execPath, [path.join(VENDOR, 'make-hostile.mjs'), outDir], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    files: HostilePage[];
  };
  return manifest.files;
}
