import type { TestPage } from './harness';
import type { PageGlobals, PageTab } from './page-api';

/**
 * Calls into the extension's own APIs from an extension page, the way a person's toolbar would see
 * them. Every evaluated function repeats the `browser ?? chrome` lookup: it runs in the page,
 * serialized, without this module's scope.
 */

export async function openTab(control: TestPage, url: string): Promise<number> {
  const id = await control.evaluate(async (address: string) => {
    const globals = globalThis as PageGlobals;
    const api = globals.browser ?? globals.chrome;
    const tab = await api?.tabs.create({ url: address, active: false });
    return tab?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`could not open a tab for ${url}`);
  return id;
}

export function getTab(control: TestPage, tabId: number): Promise<PageTab | null> {
  return control.evaluate(async (id: number) => {
    const globals = globalThis as PageGlobals;
    const api = globals.browser ?? globals.chrome;
    const tab = await api?.tabs.get(id);
    return tab ? { id: tab.id, url: tab.url, status: tab.status } : null;
  }, tabId);
}

export function closeTab(control: TestPage, tabId: number): Promise<void> {
  return control.evaluate(async (id: number) => {
    const globals = globalThis as PageGlobals;
    await (globals.browser ?? globals.chrome)?.tabs.remove(id);
  }, tabId);
}

export function clearStorage(control: TestPage): Promise<void> {
  return control.evaluate(async () => {
    const globals = globalThis as PageGlobals;
    await (globals.browser ?? globals.chrome)?.storage.local.clear();
  }, null);
}

/**
 * Waits until the reader settings in storage hold `expected`: a view closed before its write landed
 * would lose it, which is not what a test of "remembered" means to check.
 */
export async function settingsStored(control: TestPage, expected: Record<string, unknown>): Promise<void> {
  await waitUntil(
    () =>
      control.evaluate(async () => {
        const globals = globalThis as PageGlobals;
        const stored = await (globals.browser ?? globals.chrome)?.storage.local.get('readerSettings');
        return (stored?.readerSettings ?? {}) as Record<string, unknown>;
      }, null),
    (stored) => Object.entries(expected).every(([key, value]) => stored[key] === value),
    `the reader settings ${JSON.stringify(expected)} to be stored`,
  );
}

export interface ToolbarSnapshot {
  badge: string;
  title: string;
}

export function toolbarOf(control: TestPage, tabId: number): Promise<ToolbarSnapshot> {
  return control.evaluate(async (id: number) => {
    const globals = globalThis as PageGlobals;
    const api = globals.browser ?? globals.chrome;
    const action = api?.action ?? api?.browserAction;
    if (!action) throw new Error('no action API');
    return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Waits until the tab's toolbar button shows `expected` (badge and tooltip both); fails with the last seen. */
export async function toolbarShows(
  control: TestPage,
  tabId: number,
  expected: ToolbarSnapshot,
): Promise<void> {
  await waitUntil(
    () => toolbarOf(control, tabId),
    (state) => state.badge === expected.badge && state.title === expected.title,
    `the toolbar of tab ${tabId} to show ${JSON.stringify(expected)}`,
  );
}

/** Polls until `read` gives a value `done` accepts, or fails with the last value seen. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
  intervalMs = 150,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

export async function waitForTabLoaded(control: TestPage, tabId: number): Promise<void> {
  await waitUntil(
    () => getTab(control, tabId),
    // Firefox opens a new tab on about:blank first, "complete" before the page has started.
    (tab) => tab?.status === 'complete' && tab.url !== undefined && tab.url !== 'about:blank',
    `tab ${tabId} to load`,
  );
}

/** Loads `url` in an existing tab and waits until it has loaded. */
export async function navigateTab(control: TestPage, tabId: number, url: string): Promise<void> {
  await control.evaluate(
    async ({ id, address }: { id: number; address: string }) => {
      const globals = globalThis as PageGlobals;
      await (globals.browser ?? globals.chrome)?.tabs.update(id, { url: address });
    },
    { id: tabId, address: url },
  );
  await waitUntil(
    () => getTab(control, tabId),
    (tab) => tab?.status === 'complete' && tab.url === url,
    `tab ${tabId} to load ${url}`,
    30_000,
    40,
  );
}

/** The manifest the browser loaded (what it enforces), as the extension itself reads it. */
export function manifestOf(control: TestPage): Promise<Record<string, unknown>> {
  return control.evaluate(() => {
    const globals = globalThis as PageGlobals;
    const api = globals.browser ?? globals.chrome;
    if (!api) throw new Error('no extension API');
    return api.runtime.getManifest();
  }, null);
}
