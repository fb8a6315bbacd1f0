import type { Page } from 'puppeteer-core';

/** Puppeteer's isolated world of a frame: over BiDi, a sandbox with Xray views of the page, as a content script has. */
export interface SandboxRealm {
  evaluate<A, R>(code: (arg: A) => R, arg: A): Promise<R>;
}

/** A new sandbox of the page's top frame (Puppeteer's typings do not name `isolatedRealm`). */
export function sandboxOf(page: Page): SandboxRealm {
  return (page.mainFrame() as unknown as { isolatedRealm(): SandboxRealm }).isolatedRealm();
}
