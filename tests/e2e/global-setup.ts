import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_HOME, OUTPUT, ROOT, SCREENSHOTS } from './paths';

/** Builds both browsers' extensions (the tests load what `npm run build` makes) and fresh dirs. */
export default function setup(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const dir of ['tmp', 'config', 'cache', 'data', 'runtime']) {
    mkdirSync(path.join(BROWSER_HOME, dir), { recursive: true, mode: 0o700 });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (process.env.QARI_E2E_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
