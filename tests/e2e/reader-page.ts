import type { TestPage } from './harness';

/** What the tests read off a rendered reading view (popup or reader tab). */
export interface ArticleSnapshot {
  state: string | null;
  dir: string | null;
  lang: string | null;
  title: string;
  text: string;
  pageText: string;
  direction: string;
  textAlign: string;
  paragraphTextAlign: string;
  paragraphFontFamily: string;
  uiLang: string;
  theme: string | null;
}

export function readArticle(page: TestPage): Promise<ArticleSnapshot> {
  return page.evaluate(() => {
    const article = document.querySelector('[data-testid="article"]');
    const paragraph = article?.querySelector('.article-body p') ?? null;
    const style = article ? getComputedStyle(article) : null;
    return {
      state: document.querySelector('[data-testid="status"]')?.getAttribute('data-state') ?? null,
      dir: article?.getAttribute('dir') ?? null,
      lang: article?.getAttribute('lang') ?? null,
      title: document.querySelector('[data-testid="article-title"]')?.textContent ?? '',
      text: article?.textContent ?? '',
      pageText: document.body.textContent ?? '',
      direction: style?.direction ?? '',
      textAlign: style?.textAlign ?? '',
      paragraphTextAlign: paragraph ? getComputedStyle(paragraph).textAlign : '',
      paragraphFontFamily: paragraph ? getComputedStyle(paragraph).fontFamily : '',
      uiLang: document.documentElement.lang,
      theme: document.querySelector('.reader')?.getAttribute('data-theme') ?? null,
    };
  }, null);
}

/** Direction of the block that contains `snippet` (its own `dir` or the inherited one). */
export function directionOfBlock(page: TestPage, snippet: string): Promise<string | null> {
  return page.evaluate((needle: string) => {
    const blocks = document.querySelectorAll('[data-testid="article"] :is(p, li, blockquote, h2, h3)');
    for (const block of blocks) {
      if (block.textContent?.includes(needle)) return getComputedStyle(block).direction;
    }
    return null;
  }, snippet);
}

export interface FontSnapshot {
  loadedNaskhFaces: number;
  check: boolean;
}

/** Whether the bundled Naskh face has actually been loaded and is usable for Arabic text. */
export function naskhFontState(page: TestPage): Promise<FontSnapshot> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter(
      (face) => face.family.replace(/["']/g, '') === 'Noto Naskh Arabic' && face.status === 'loaded',
    );
    return {
      loadedNaskhFaces: faces.length,
      check: document.fonts.check('16px "Noto Naskh Arabic"', 'عربي'),
    };
  }, null);
}

/** Sets a range control the way a user dragging it would (an `input` event). */
export function setRange(page: TestPage, testId: string, value: number): Promise<void> {
  return page.evaluate(
    ({ id, next }: { id: string; next: number }) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!input) throw new Error(`no control ${id}`);
      input.value = String(next);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { id: testId, next: value },
  );
}

export function openSettings(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    document.querySelector('[data-testid="settings"]')?.setAttribute('open', '');
  }, null);
}
