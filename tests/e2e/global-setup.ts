import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { OUTPUT, ROOT, SCREENSHOTS, makeBrowserHome } from './paths';

/** Builds both browsers' extensions (the tests load what `npm run build` makes) and fresh dirs. */
export default function setup(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  makeBrowserHome();
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (process.env.QARI_E2E_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
