// What each step removed from a bench page, longest first: `tsx scripts/dev/removed-bench.ts wcxb/0529`.
import { JSDOM, VirtualConsole } from 'jsdom';
import { listPages, readGzipHtml } from '../bench/corpora';
import { extractArticle } from '../../utils/extraction';

for (const key of process.argv.slice(2)) {
  const page = listPages().find((candidate) => `${candidate.set}/${candidate.id}`.startsWith(key));
  if (!page) continue;
  const dom = new JSDOM(readGzipHtml(page.file), {
    url: page.url || 'https://x.example/',
    virtualConsole: new VirtualConsole(),
  });
  try {
    const article = extractArticle(dom.window.document, { url: page.url });
    console.log(`=== ${key} ${page.url} → ${article.text.length} chars`);
    for (const removal of article.removed.filter((r) => r.text.length > 40).slice(0, 30)) {
      console.log(`  ${removal.step.padEnd(18)} ${removal.reason.padEnd(32)} ${removal.text}`);
    }
  } catch (error) {
    console.log(`=== ${key}: ${String(error)}`);
  }
}
