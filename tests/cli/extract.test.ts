import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1256 } from './data/windows-1256';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/extract.ts');
/** Relative to ROOT, the CLI's working directory: shows that `input` is kept exactly as given. */
const EN = 'tests/cli/data/en-article.html';
const AR = 'tests/cli/data/ar-article.html';
const NOT_ARTICLE = 'tests/cli/data/not-article.html';

const EN_TITLE = 'Why the <old> bridges & fords still stand';
const AR_TITLE = 'مرحبا بالربيع: مهرجان الزهور يعود إلى المدينة القديمة';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in its own Node process, with tsx as the loader (one process, no npx wrapper). */
function extract(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let dir = '';
/** Absolute paths of the generated inputs. */
const files = { ar1256: '', enGz: '', missing: '', badCss: '' };
/** Every CLI run, started together in beforeAll: process start-up is most of their cost. */
let runs: Record<'batch' | 'single' | 'md' | 'text' | 'html' | 'badOption' | 'help' | 'badCss', Run>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qari-extract-'));
  files.ar1256 = join(dir, 'ar-1256.html');
  files.enGz = join(dir, 'en.html.gz');
  files.missing = join(dir, 'missing.html');
  const arabic = await readFile(join(ROOT, AR), 'utf8');
  await writeFile(
    files.ar1256,
    encodeWindows1256(arabic.replace('<head>', '<head>\n<meta charset="windows-1256">')),
  );
  await writeFile(files.enGz, gzipSync(await readFile(join(ROOT, EN))));
  // SCSS left in a shipped style sheet: jsdom's CSS parser throws on it while parsing the page.
  files.badCss = join(dir, 'bad-css.html');
  await writeFile(
    files.badCss,
    (await readFile(join(ROOT, EN), 'utf8')).replace(
      '<head>',
      '<head>\n<style>@media (min-width: 1px) { .hero { min-height: calc(($container-max - $aside-max - 16px) / 16 * 9); } }</style>',
    ),
  );

  const [batch, single, md, text, html, badOption, help, badCss] = await Promise.all([
    extract(EN, files.ar1256, files.missing, NOT_ARTICLE, files.enGz),
    extract('--url', 'https://news.example/2024/05/bridges', EN),
    extract('--format', 'md', EN),
    extract('--format=text', EN, files.enGz),
    extract('-f', 'html', files.ar1256, EN),
    extract('--colour', EN),
    extract('--help'),
    extract(files.badCss),
  ]);
  runs = { batch, single, md, text, html, badOption, help, badCss };
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract --format json', () => {
  it('prints one object for one file, with input and the article', () => {
    const { code, stdout, stderr } = runs.single;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(article).toMatchObject({
      input: EN,
      url: 'https://news.example/2024/05/bridges',
      title: EN_TITLE,
      siteName: 'The Valley Courier',
      byline: 'Maya Okafor',
      lang: 'en',
      dir: 'ltr',
    });
    // --url resolves the page's relative links and images.
    expect(article.html).toContain('href="https://news.example/reports/bridge-survey-2024"');
    expect(article.html).toContain('src="https://news.example/images/stone-bridge.jpg"');
    expect(article.wordCount).toBeGreaterThan(300);
  });

  it('prints one line per file, in input order, with input exactly as given', () => {
    const lines = jsonLines(runs.batch.stdout);
    expect(lines.map((line) => line.input)).toEqual([
      EN,
      files.ar1256,
      files.missing,
      NOT_ARTICLE,
      files.enGz,
    ]);
    expect(lines[0]).toMatchObject({ title: EN_TITLE, url: `file://${join(ROOT, EN)}` });
    expect(lines[4]).toMatchObject({ title: EN_TITLE });
  });

  it('reads a windows-1256 page as Arabic', () => {
    const arabic = jsonLines(runs.batch.stdout)[1];
    expect(arabic).toMatchObject({ title: AR_TITLE, lang: 'ar', dir: 'rtl', siteName: 'جريدة الوادي' });
    expect(arabic?.text).toContain('بلافتة كبيرة كتب عليها مرحبا بالربيع');
  });

  it('reports failed files on their line and on stderr, and exits with 1', () => {
    const { code, stdout, stderr } = runs.batch;
    const lines = jsonLines(stdout);
    expect(lines[2]).toEqual({ input: files.missing, error: 'no such file' });
    expect(lines[3]).toEqual({ input: NOT_ARTICLE, error: expect.stringContaining('no-article') });
    expect(stderr).toContain(files.missing);
    expect(stderr).toContain(NOT_ARTICLE);
    expect(code).toBe(1);
  });
});

describe('a page whose style sheet jsdom cannot parse', () => {
  it('is still read, without its style sheets, with a warning on stderr', () => {
    const { code, stdout, stderr } = runs.badCss;
    expect(code).toBe(0);
    expect(jsonLines(stdout)[0]).toMatchObject({ title: EN_TITLE });
    expect(stderr).toContain('style sheets could not be parsed');
  });
});

describe('extract --format md|text|html', () => {
  it('md: # Title, the metadata line, then the body (no separator for one file)', () => {
    const { code, stdout } = runs.md;
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# Why the \\<old> bridges & fords still stand\n\nThe Valley Courier · Maya Okafor · 2024-05-02\n\n/,
    );
    expect(stdout).toContain('\nWhen the spring floods tore through the valley');
    expect(stdout).not.toContain('<p>');
  });

  it('text: the title, a blank line, the text; a ==> FILE <== line per file', () => {
    const { code, stdout } = runs.text;
    expect(code).toBe(0);
    expect(stdout.startsWith(`==> ${EN} <==\n${EN_TITLE}\n\n`)).toBe(true);
    expect(stdout).toContain(`\n\n==> ${files.enGz} <==\n${EN_TITLE}\n\n`);
    expect(stdout).not.toContain('<p>');
  });

  it('html: standalone UTF-8 documents with lang, dir, an escaped title and the body; a <!-- FILE --> line per file', () => {
    const { code, stdout } = runs.html;
    expect(code).toBe(0);
    const [arabic, english] = stdout.split(/^<!-- .* -->\n/m).slice(1);
    expect(stdout.startsWith(`<!-- ${files.ar1256} -->\n<!doctype html>\n`)).toBe(true);
    expect(stdout).toContain(`</html>\n\n<!-- ${EN} -->\n<!doctype html>\n`);
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<meta charset="utf-8">');
    expect(arabic).toContain(`<title>${AR_TITLE}</title>`);
    expect(arabic).toContain(`<h1>${AR_TITLE}</h1>`);
    expect(arabic).toContain('مهرجان الزهور السنوي');
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).toContain('<title>Why the &lt;old&gt; bridges &amp; fords still stand</title>');
    expect(english).toContain('<h1>Why the &lt;old&gt; bridges &amp; fords still stand</h1>');
    expect(english?.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('extract usage', () => {
  it('--help prints usage on stdout', () => {
    expect(runs.help.code).toBe(0);
    expect(runs.help.stdout).toContain('Usage:');
    expect(runs.help.stdout).toContain('==> FILE <==');
  });

  it('an unknown option prints usage on stderr and exits with 2', () => {
    expect(runs.badOption.code).toBe(2);
    expect(runs.badOption.stdout).toBe('');
    expect(runs.badOption.stderr).toContain('--colour');
    expect(runs.badOption.stderr).toContain('Usage:');
  });
});
