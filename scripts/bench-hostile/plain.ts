import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { sandboxOf } from './firefox-sandbox';

const require = createRequire(import.meta.url);
export const READABILITY = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
export const READERABLE = readFileSync(
  require.resolve('@mozilla/readability/Readability-readerable.js'),
  'utf8',
);

/** What one plain run cost: ms (null past the limit, the run terminated) and JS heap growth. */
export interface PlainRun {
  ms: number | null;
  heapBytes: number;
  result: string;
}

/**
 * Plain Readability in the page, in an isolated world of its own (as a content script would run
 * it), over CDP: `isProbablyReaderable(document)` and `new Readability(document.cloneNode(true))
 * .parse()`, each timed in the page and stopped by the debugger after `limitMs`.
 */
export class PlainReadability {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async inject(context: BrowserContext, page: Page): Promise<PlainReadability> {
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'bench-hostile-plain',
    });
    const plain = new PlainReadability(cdp, executionContextId);
    // Both files assign `module.exports` when it exists; give them one, keep what they export.
    await plain.evaluate(
      `var module = { exports: {} }; ${READERABLE}\n;globalThis.PlainReaderable = module.exports;` +
        `module = { exports: {} }; ${READABILITY}\n;globalThis.PlainReadability = module.exports; true`,
      60_000,
    );
    return plain;
  }

  private async evaluate(expression: string, limitMs: number): Promise<unknown> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      timeout: limitMs,
    });
    if (exceptionDetails) {
      const text = exceptionDetails.exception?.description ?? exceptionDetails.text;
      if (/terminated|timed out|Execution was terminated/i.test(text)) return { terminated: true };
      return { error: text.split('\n')[0] };
    }
    return result.value;
  }

  private async heapUsed(): Promise<number> {
    return (await this.cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  async collectGarbage(): Promise<void> {
    await this.cdp.send('HeapProfiler.collectGarbage');
  }

  private async timed(body: string, limitMs: number): Promise<PlainRun> {
    await this.collectGarbage();
    const before = await this.heapUsed();
    const started = Date.now();
    const value = (await this.evaluate(
      `(() => { const t = performance.now(); const r = (${body})(); return { ms: performance.now() - t, r }; })()`,
      limitMs,
    )) as { ms?: number; r?: string; terminated?: boolean; error?: string };
    const heapBytes = Math.max(0, (await this.heapUsed()) - before);
    if (value.terminated) return { ms: null, heapBytes, result: `stopped after ${Date.now() - started} ms` };
    if (value.error) return { ms: null, heapBytes, result: value.error };
    return { ms: value.ms ?? null, heapBytes, result: value.r ?? '' };
  }

  /** Readability's own cheap check, as a detection script would call it. */
  detect(limitMs: number): Promise<PlainRun> {
    return this.timed('() => String(globalThis.PlainReaderable(document))', limitMs);
  }

  /** The whole of plain Readability on a clone of the page. */
  parse(limitMs: number): Promise<PlainRun> {
    return this.timed(
      '() => { const a = new globalThis.PlainReadability(document.cloneNode(true)).parse(); return a ? `article, ${a.textContent.length} chars` : "no article"; }',
      limitMs,
    );
  }

  /** JS heap in use by the page's process now (all worlds), for Qari's own run. */
  used(): Promise<number> {
    return this.heapUsed();
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}

/**
 * Plain Readability in a sandbox of the loaded page (as a content script would run it): its own
 * cheap check `isProbablyReaderable(document)` timed (one synchronous run: its time is its block),
 * then the parse of a clone, timed around the parse alone. Firefox cannot stop it from outside: a
 * caller that gives up leaves it running in the page.
 */
export async function plainInSandbox(
  page: FirefoxPage,
): Promise<{ detectMs: number | null; ms: number | null; result: string }> {
  const realm = sandboxOf(page);
  return realm.evaluate(
    ({ readability, readerable }: { readability: string; readerable: string }) => {
      try {
        const holder: { Readability?: unknown; isProbablyReaderable?: unknown } = {};
        // Direct eval, so that the sources' declarations can be handed out through `holder`.
        eval(`${readability}\n;holder.Readability = Readability;`);
        eval(`${readerable}\n;holder.isProbablyReaderable = isProbablyReaderable;`);
        const PlainReadability = holder.Readability as new (document: Document) => {
          parse(): { textContent: string } | null;
        };
        const plainReaderable = holder.isProbablyReaderable as (document: Document) => boolean;
        const detectStarted = performance.now();
        plainReaderable(document);
        const detectMs = performance.now() - detectStarted;
        const started = performance.now();
        const article = new PlainReadability(document.cloneNode(true) as Document).parse();
        const ms = performance.now() - started;
        return {
          detectMs,
          ms,
          result: article ? `article, ${article.textContent.length} chars` : 'no article',
        };
      } catch (error) {
        return { detectMs: null, ms: null, result: String(error).slice(0, 60) };
      }
    },
    { readability: READABILITY, readerable: READERABLE },
  );
}
