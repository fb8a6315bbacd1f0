import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const OUTPUT = path.join(ROOT, 'test-output/e2e');
export const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
/** Browser profiles, temp files and caches stay here, not in /tmp or the real home. */
export const BROWSER_HOME = path.join(OUTPUT, 'home');
export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const E2E_PAGES = path.join(ROOT, 'tests/e2e/pages');

/** Environment for the browser processes (and the temp profile puppeteer makes in TMPDIR). */
export function browserEnv(home: string = BROWSER_HOME): Record<string, string> {
  return {
    ...(process.env as Record<string, string>),
    HOME: home,
    TMPDIR: path.join(home, 'tmp'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_RUNTIME_DIR: path.join(home, 'runtime'),
  };
}

/** Makes the folders `browserEnv(home)` points at (browsers refuse a missing XDG_RUNTIME_DIR). */
export function makeBrowserHome(home: string = BROWSER_HOME): void {
  for (const dir of ['tmp', 'config', 'cache', 'data', 'runtime']) {
    mkdirSync(path.join(home, dir), { recursive: true, mode: 0o700 });
  }
}
