import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURE_PAGES } from '../../tests/e2e/paths';

/** `../shared/bench` beside the project, or where QARI_BENCH_DIR points (as bench:extract). */
export const BENCH_DIR = path.resolve(
  process.env.QARI_BENCH_DIR ?? path.join(import.meta.dirname, '../../../shared/bench'),
);
const AEB_HTML = path.join(BENCH_DIR, 'aeb/html');

export interface BenchPage {
  /** Short name for the tables and the JSON */
  name: string;
  /** Where it comes from (a file path) */
  source: string;
  html: Buffer;
}

function aebPage(name: string, file: string): BenchPage {
  const source = path.join(AEB_HTML, file);
  return { name, source, html: gunzipSync(readFileSync(source)) };
}

/** AEB pages by uncompressed size, smallest first (all of them are read: sizes at run time). */
function aebBySize(): { file: string; bytes: number }[] {
  return readdirSync(AEB_HTML)
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => ({ file, bytes: gunzipSync(readFileSync(path.join(AEB_HTML, file))).length }))
    .sort((a, b) => a.bytes - b.bytes || a.file.localeCompare(b.file));
}

const SEED_SLUG = 'ar-seed-wordpress';

export function seedPage(): BenchPage {
  const source = path.join(FIXTURE_PAGES, SEED_SLUG, 'source.html');
  return { name: `seed (${SEED_SLUG})`, source, html: readFileSync(source) };
}

export interface AebSelection {
  largest: BenchPage;
  /** A spread of ordinary pages for the detection script: the 25th…90th percentile by size. */
  typical: BenchPage[];
}

const TYPICAL_PERCENTILES = [25, 50, 75, 90];

export function selectAebPages(): AebSelection {
  const pages = aebBySize();
  const largest = pages.at(-1);
  if (!largest) throw new Error(`no AEB pages in ${AEB_HTML}`);
  const id = (file: string): string => file.slice(0, 8);
  return {
    largest: aebPage(`AEB largest (${id(largest.file)})`, largest.file),
    typical: TYPICAL_PERCENTILES.map((p) => {
      const page = pages[Math.min(pages.length - 1, Math.floor((p / 100) * pages.length))] ?? largest;
      return aebPage(`AEB p${p} size (${id(page.file)})`, page.file);
    }),
  };
}
