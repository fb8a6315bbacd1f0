// Prints what each step removed from a page: `tsx scripts/dev/removed.ts FILE [URL]`.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extraction';

const [file, url] = process.argv.slice(2);
if (!file) throw new Error('usage: removed.ts FILE [URL]');
const article = extractArticle(
  new JSDOM(readFileSync(file, 'utf8'), { url: url ?? 'https://x.example/' }).window.document,
);
for (const removal of article.removed)
  console.log(`${removal.step.padEnd(18)} ${removal.reason.padEnd(40)} ${removal.text}`);
