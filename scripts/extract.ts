/**
 * Command-line extraction: runs the extension's pipeline in Node (jsdom) on saved pages.
 * `npm run --silent extract -- --help` for usage. Only results go to stdout; messages go to stderr.
 */
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle, ExtractionError } from '../utils/extraction';
import type { Article } from '../utils/extraction';
import type { KeyFact } from '../utils/facts';
import type { JSDOM as JsdomClass, VirtualConsole } from 'jsdom';
import { readPage } from './lib/read-page';
import { articleToMarkdown } from './lib/to-markdown';
import { parsePage } from './lib/parse-page';

const FORMATS = ['json', 'html', 'md', 'text'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: npm run --silent extract -- [--format json|html|md|text] [--url URL] FILE...

Extracts the article from saved pages (.html or .html.gz, in any charset) with Qari's pipeline.

Options:
  -f, --format FORMAT  json (default), html, md or text
      --url URL        the page's address, for resolving relative links (applies to every FILE);
                       by default the file: URL of each FILE
  -h, --help           print this help

Output (stdout):
  json  one JSON object per line, one line per FILE in input order (JSON Lines): the article plus
        "input" (the FILE as given), or {"input": FILE, "error": MESSAGE} for a file that failed;
        "keyFacts" lists the article's key facts as {kind, text} (with speaker or title when known)
  html  a standalone UTF-8 HTML document: <html lang dir>, <title>, <h1> and the sanitized body
  md    Markdown: "# Title", a line with site · byline · date, then the body
  text  the title, a blank line, then the text

  With several FILEs, html and md output put a line <!-- FILE --> before each document, and text
  output puts a line ==> FILE <== before each (as head(1) does); outputs are separated by a blank
  line. A FILE that failed has no output there.

A FILE that is missing, unreadable or has no article is reported on stderr, the others are still
processed, and the exit status is 1. Invalid options: usage on stderr, exit status 2.
`;

interface Options {
  format: Format;
  url: string | undefined;
  files: string[];
}

/** Bad command line: the caller prints the usage and exits with status 2. */
class UsageError extends Error {}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function parseOptions(args: string[]): Options | 'help' {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values.format ?? 'json';
  if (!isFormat(format)) throw new UsageError(`Unknown format "${format}".`);
  if (values.url !== undefined && !URL.canParse(values.url)) {
    throw new UsageError(`Invalid URL "${values.url}".`);
  }
  if (positionals.length === 0) throw new UsageError('No FILE given.');
  return { format, url: values.url, files: positionals };
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      url: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function warn(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

/** Writes to stdout, waiting when the pipe is full so that hundreds of articles do not pile up. */
async function print(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

interface Jsdom {
  JSDOM: typeof JsdomClass;
  /** jsdom reports CSS it cannot parse and the like; none of that is ours to print. */
  silentConsole: VirtualConsole;
}

let jsdom: Promise<Jsdom> | undefined;

/** jsdom takes a second to load: loaded on first use, so --help and usage errors answer at once. */
function loadJsdom(): Promise<Jsdom> {
  jsdom ??= import('jsdom').then(({ JSDOM, VirtualConsole }) => ({
    JSDOM,
    silentConsole: new VirtualConsole(),
  }));
  return jsdom;
}

/** Reads and extracts one page. A JSDOM per file, closed at once: long runs must not keep windows. */
async function extractFile(input: string, url: string | undefined): Promise<Article> {
  const page = await readPage(input);
  if (page.warning) warn(`${input}: ${page.warning}`);
  const pageUrl = url ?? pathToFileURL(resolve(input)).href;
  const { JSDOM, silentConsole } = await loadJsdom();
  const { dom, styleSheetsDropped } = parsePage(JSDOM, page.html, {
    url: pageUrl,
    virtualConsole: silentConsole,
  });
  if (styleSheetsDropped) warn(`${input}: its style sheets could not be parsed and were left out`);
  try {
    return extractArticle(dom.window.document, { url: pageUrl });
  } finally {
    dom.window.close();
  }
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** A one-line reason for the failure, without a stack. */
function describeError(error: unknown): string {
  if (error instanceof ExtractionError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (code !== undefined ? FILE_ERRORS[code] : undefined) ?? error.message;
  }
  return String(error);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toHtmlDocument(article: Article): string {
  const title = escapeHtml(article.title);
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  return [
    '<!doctype html>',
    `<html${lang} dir="${article.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    article.html,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function toText(article: Article): string {
  return `${article.title}\n\n${article.text.trim()}\n`;
}

function render(format: Exclude<Format, 'json'>, article: Article): string {
  switch (format) {
    case 'html':
      return toHtmlDocument(article);
    case 'md':
      return articleToMarkdown(article);
    case 'text':
      return toText(article);
  }
}

/** A file name that fits on one line, and inside an HTML comment (which `-->` would end). */
function printableName(input: string, inComment: boolean): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced here
  const oneLine = input.replace(/[\u0000-\u001f\u007f]/g, '?');
  return inComment ? oneLine.replace(/--/g, '- -') : oneLine;
}

function separatorLine(format: Exclude<Format, 'json'>, input: string): string {
  return format === 'text'
    ? `==> ${printableName(input, false)} <==`
    : `<!-- ${printableName(input, true)} -->`;
}

/**
 * Key facts as a reader of the JSON wants them: kind and text, with the speaker or title when
 * known. Offsets are left out: they point into the HTML's text, which JSON readers do not have.
 */
function compactFacts(article: Article): Pick<KeyFact, 'kind' | 'text' | 'speaker' | 'title'>[] {
  return article.keyFacts.map(({ kind, text, speaker, title }) => ({
    kind,
    text,
    ...(speaker ? { speaker } : {}),
    ...(title ? { title } : {}),
  }));
}

type Outcome = { article: Article } | { error: string };

async function tryExtract(input: string, url: string | undefined): Promise<Outcome> {
  try {
    return { article: await extractFile(input, url) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

/** Before each document but the first: a blank line; before each when there are several: its name. */
function separatorBefore(
  format: Exclude<Format, 'json'>,
  input: string,
  several: boolean,
  first: boolean,
): string {
  if (!several) return '';
  return `${first ? '' : '\n'}${separatorLine(format, input)}\n`;
}

/** Processes every file in order, one at a time to keep memory flat; returns whether all succeeded. */
async function run({ format, url, files }: Options): Promise<boolean> {
  let failed = false;
  let printed = 0;
  for (const input of files) {
    const outcome = await tryExtract(input, url);
    if ('error' in outcome) {
      failed = true;
      warn(`${input}: ${outcome.error}`);
      if (format === 'json') await print(JSON.stringify({ input, error: outcome.error }) + '\n');
      continue;
    }
    if (format === 'json') {
      await print(
        JSON.stringify({ input, ...outcome.article, keyFacts: compactFacts(outcome.article) }) + '\n',
      );
    } else {
      const separator = separatorBefore(format, input, files.length > 1, printed === 0);
      await print(separator + render(format, outcome.article));
    }
    printed += 1;
  }
  return !failed;
}

async function main(args: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(error.message);
    process.stderr.write(USAGE);
    return 2;
  }
  if (options === 'help') {
    await print(USAGE);
    return 0;
  }
  return (await run(options)) ? 0 : 1;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
