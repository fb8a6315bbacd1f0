import type { TestPage } from './harness';
import { waitUntil } from './extension-calls';

/** What the library page shows, read the way a person sees it. */
export interface LibrarySnapshot {
  titles: string[];
  /** Rows rendered now: the list renders only those near the screen. */
  ids: string[];
  /** How many articles the list holds, rendered or not: those loaded so far that match the search. */
  shown: number;
  query: string;
  indexing: string | null;
  empty: boolean;
  toast: { kind: string | null; text: string } | null;
  count: string;
  usage: string;
  dir: string;
  lang: string;
}

export function readLibrary(page: TestPage): Promise<LibrarySnapshot> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('[data-testid="library-item"]')];
    const toast = document.querySelector('[data-testid="library-toast"]');
    return {
      titles: items.map(
        (item) => item.querySelector('[data-testid="library-item-title"]')?.textContent ?? '',
      ),
      ids: items.map((item) => item.getAttribute('data-id') ?? ''),
      shown: Number(document.querySelector('.library-main')?.getAttribute('data-shown') ?? 0),
      query: document.querySelector('.library-main')?.getAttribute('data-query') ?? '',
      indexing: document.querySelector('.library')?.getAttribute('data-indexing') ?? null,
      empty: document.querySelector('[data-testid="library-empty"]') !== null,
      toast: toast
        ? { kind: toast.getAttribute('data-kind'), text: toast.querySelector('span')?.textContent ?? '' }
        : null,
      count: document.querySelector('[data-testid="library-count"]')?.textContent ?? '',
      usage: document.querySelector('[data-testid="library-usage"]')?.textContent ?? '',
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    };
  }, null);
}

/** Types into the search box as a person would: the value changes and the page hears `input`. */
export async function search(page: TestPage, text: string): Promise<LibrarySnapshot> {
  await page.evaluate((value: string) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
    if (!input) throw new Error('no search box');
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  return waitUntil(
    () => readLibrary(page),
    (view) => view.query === text,
    `results for "${text}"`,
  );
}

/** Waits until the library shows `count` articles (after a load, delete, undo or import). */
export function waitForItems(page: TestPage, count: number, what: string): Promise<LibrarySnapshot> {
  return waitUntil(
    () => readLibrary(page),
    (view) => view.ids.length === count,
    what,
  );
}

/** Chooses a file for the import input, as the file picker would. */
export async function chooseImportFile(page: TestPage, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ fileName, content }: { fileName: string; content: string }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-import-input"]');
      if (!input) throw new Error('no import input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { fileName: name, content: text },
  );
}
