import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** `../shared/bench` beside the project, or where QARI_BENCH_DIR points. */
export const BENCH_DIR = resolve(
  process.env.QARI_BENCH_DIR ?? join(import.meta.dirname, '../../../shared/bench'),
);

export interface BenchPage {
  set: 'aeb' | 'wcxb';
  id: string;
  /** `article` or `forum` (AEB pages are all articles). */
  type: string;
  file: string;
  url: string;
}

export interface AebTruth {
  articleBody: string;
  url: string;
}

export interface WcxbTruth {
  main_content: string;
  with: string[];
  without: string[];
  page_type: string;
}

export function loadAebTruth(): Record<string, AebTruth> {
  return JSON.parse(readFileSync(join(BENCH_DIR, 'aeb/ground-truth.json'), 'utf8')) as Record<
    string,
    AebTruth
  >;
}

interface WcxbFile {
  url?: string;
  ground_truth: { main_content?: string; with?: string[]; without?: string[] };
  _internal?: { page_type?: { primary?: string } };
}

export function loadWcxbTruth(): Record<string, WcxbTruth & { url: string }> {
  const dir = join(BENCH_DIR, 'wcxb-dev/ground-truth');
  const truth: Record<string, WcxbTruth & { url: string }> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as WcxbFile;
    truth[name.replace(/\.json$/, '')] = {
      main_content: data.ground_truth.main_content ?? '',
      with: data.ground_truth.with ?? [],
      without: data.ground_truth.without ?? [],
      page_type: data._internal?.page_type?.primary ?? 'article',
      url: data.url ?? '',
    };
  }
  return truth;
}

export function listPages(): BenchPage[] {
  const aeb = Object.entries(loadAebTruth()).map(([id, truth]) => ({
    set: 'aeb' as const,
    id,
    type: 'article',
    file: join(BENCH_DIR, 'aeb/html', `${id}.html.gz`),
    url: truth.url,
  }));
  const wcxb = Object.entries(loadWcxbTruth()).map(([id, truth]) => ({
    set: 'wcxb' as const,
    id,
    type: truth.page_type,
    file: join(BENCH_DIR, 'wcxb-dev/html', `${id}.html.gz`),
    url: truth.url,
  }));
  return [...aeb, ...wcxb];
}

export function readGzipHtml(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}
