import type { CDPSession } from 'playwright-core';

/** Evaluates an expression in one isolated world of a page and returns its value (JSON). */
export type WorldEvaluate = (expression: string) => Promise<unknown>;

/**
 * A new isolated world in the page's top frame (as a content script gets), reached through the
 * DevTools protocol: the benchmarks run plain Readability, and the pipeline's dev tools their
 * builds, in one.
 */
export async function openIsolatedWorld(cdp: CDPSession, worldName: string): Promise<WorldEvaluate> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName,
  });
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
}
