import type { Browser } from 'puppeteer-core';

/** The part of puppeteer's BiDi connection used here (`Browser.connection`, not in its types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * Evaluates `expression` (a string result) in Firefox's own browser window, which BiDi reaches
 * when Firefox was started with --remote-allow-system-access (the launch does). There,
 * `ChromeUtils.requestProcInfo()` tells which content process holds a page.
 */
export async function inBrowserWindow(driver: Browser, expression: string): Promise<string> {
  const connection = (driver as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no Firefox browser window over BiDi');
  const evaluated = (
    await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })
  ).result as EvaluateResult;
  if (evaluated.type !== 'success' || evaluated.result?.type !== 'string') {
    throw new Error(
      `privileged evaluate failed: ${evaluated.exceptionDetails?.text ?? evaluated.result?.type}`,
    );
  }
  return evaluated.result.value as string;
}
