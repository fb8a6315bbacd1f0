import type { TestPage } from '../harness';

/** The view has answered: an article, or a state other than "working"/"page loading". */
export const SETTLED =
  '[data-testid="article"], [data-testid="status"]:not([data-state="working"]):not([data-state="page-loading"])';

/** What a test reads off a settled reading view. */
export interface ViewSnapshot {
  href: string;
  /** `data-state` of the status message, or null when the article is shown */
  state: string | null;
  articleShown: boolean;
  /** Characters of article text */
  textLength: number;
  /** Pictures in the article body, and whether the view says it left some out */
  images: number;
  imagesLeftOut: boolean;
  /** Any text at all in the view (never a blank page) */
  pageText: string;
  /** `window.__xss`, set by any vector that ran */
  xss: unknown;
  /** Links of the article that would navigate the extension page itself */
  selfLinks: number;
  /** Elements that would load or run something if they were there */
  forbidden: string[];
}

function snapshot(page: TestPage): Promise<ViewSnapshot> {
  return page.evaluate(() => {
    const article = document.querySelector('[data-testid="article"]');
    const body = article?.querySelector('.article-body');
    const forbidden = Array.from(
      body?.querySelectorAll(
        'script, style, link, meta, base, form, input, button, iframe, object, embed, svg, math, video, audio, [style], [srcset], [ping], [download], [background], [poster], [name]',
      ) ?? [],
    ).map((element) => element.outerHTML.slice(0, 120));
    for (const element of Array.from(body?.querySelectorAll('*') ?? [])) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) forbidden.push(`${element.tagName}[${attribute.name}]`);
      }
    }
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.reader a[href]'));
    return {
      href: location.href,
      state: document.querySelector('[data-testid="status"]')?.getAttribute('data-state') ?? null,
      articleShown: article !== null,
      textLength: article?.textContent?.length ?? 0,
      images: body?.querySelectorAll('img').length ?? 0,
      imagesLeftOut: document.querySelector('[data-testid="images-left-out"]') !== null,
      pageText: document.body.textContent ?? '',
      xss: (window as unknown as { __xss?: unknown }).__xss,
      selfLinks: links.filter((link) => link.target !== '_blank' || !/^https?:/.test(link.href)).length,
      forbidden,
    };
  }, null);
}

/** Whether the page at `url` has settled; false while it navigates (its context may be gone). */
async function settledAt(page: TestPage, url: string): Promise<boolean> {
  try {
    return await page.evaluate(
      ({ address, selector }: { address: string; selector: string }) =>
        location.href === address && document.querySelector(selector) !== null,
      { address: url, selector: SETTLED },
    );
  } catch {
    return false;
  }
}

/**
 * Points an open extension page at `url` (another `?tabId=`) and waits until the view has
 * answered; reusing one page per view keeps hundreds of openings fast. Returns the ms it took.
 */
export async function openInView(page: TestPage, url: string, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  await page
    .evaluate((address: string) => {
      location.replace(address);
    }, url)
    .catch(() => undefined);
  while (!(await settledAt(page, url))) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`the view did not answer within ${timeoutMs} ms: ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** The view's state once it has answered; "show anyway" is pressed where the check said no. */
export async function readView(page: TestPage): Promise<ViewSnapshot> {
  const first = await snapshot(page);
  if (first.state !== 'not-article') return first;
  await page.click('[data-testid="show-anyway"]');
  await page.waitFor('[data-testid="article"]');
  return snapshot(page);
}

/**
 * Evaluates a corpus check expression (true = the clobbering took effect) in the page. A string
 * through the driver, not `eval` in the page: the extension pages' policy forbids eval.
 */
export async function evaluateCheck(page: TestPage, expression: string): Promise<unknown> {
  await page.addScript(
    `window.__qariCheck = (() => { try { return !!(${expression}); } catch (error) { return 'threw: ' + error; } })();`,
  );
  return page.evaluate(() => (window as unknown as { __qariCheck?: unknown }).__qariCheck, null);
}
