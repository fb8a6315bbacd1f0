import { browser } from '#imports';

/** The address of the full-page reading view for a tab's article; tests rely on it. */
export function readerUrl(tabId: number): string {
  return `${browser.runtime.getURL('/reader.html')}?tabId=${tabId}`;
}

/** Opens the reading view of `tabId` in a new tab right after it. */
export async function openReaderTab(tabId: number, index?: number): Promise<void> {
  await browser.tabs.create({
    url: readerUrl(tabId),
    ...(index === undefined ? {} : { index: index + 1 }),
  });
}
