/**
 * The few extension APIs the tests call from inside an extension page (`TestPage.evaluate`), typed
 * here because evaluated functions are serialized and cannot import anything. Types only.
 */
export interface PageTab {
  id?: number;
  url?: string;
  status?: string;
}

interface PageAction {
  getBadgeText(details: { tabId: number }): Promise<string>;
  getTitle(details: { tabId: number }): Promise<string>;
}

export interface PageExtensionApi {
  tabs: {
    create(properties: { url: string; active: boolean }): Promise<PageTab>;
    get(tabId: number): Promise<PageTab>;
    remove(tabId: number): Promise<void>;
    update(tabId: number, properties: { url: string }): Promise<PageTab>;
  };
  runtime: { getManifest(): Record<string, unknown> };
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  /** Chrome MV3 */
  action?: PageAction;
  /** Firefox MV2 */
  browserAction?: PageAction;
}

export type PageGlobals = typeof globalThis & { browser?: PageExtensionApi; chrome?: PageExtensionApi };
