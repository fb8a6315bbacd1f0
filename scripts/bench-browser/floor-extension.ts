import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The floor extension's script: nothing in it, so its trace holds only what the browser does. */
export const EMPTY_SCRIPT = 'empty.js';
/** The toolbar title the floor extension starts with, and the one it sets once its script ran. */
export const FLOOR_TITLE = { before: 'floor: waiting', after: 'floor: injected' };

/**
 * A second, minimal MV3 extension that injects an empty script the way Qari injects its detection
 * (utils/browser/detect-on-load.ts: `scripting.executeScript` with a file, from the background,
 * when a tab's page has loaded). Its main-thread cost is what Chromium charges any page for any
 * extension's script, before a line of it runs: the floor under Qari's detection figure.
 */
export function writeFloorExtension(folder: string): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'bench floor: an empty injected script',
    version: '1.0.0',
    permissions: ['scripting'],
    host_permissions: ['http://127.0.0.1/*'],
    background: { service_worker: 'background.js' },
    action: { default_title: FLOOR_TITLE.before },
  };
  const background = `chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !tab.url?.startsWith('http')) return;
  chrome.scripting
    .executeScript({ target: { tabId }, files: ['/${EMPTY_SCRIPT}'] })
    .then(() => chrome.action.setTitle({ tabId, title: ${JSON.stringify(FLOOR_TITLE.after)} }))
    .catch(() => undefined);
});
`;
  writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(folder, 'background.js'), background);
  writeFileSync(path.join(folder, EMPTY_SCRIPT), 'undefined;\n');
  // An extension page to call the extension's APIs from, as Qari's reader.html serves the benchmark.
  writeFileSync(
    path.join(folder, 'control.html'),
    '<!doctype html><title>floor</title><div id="app"><p>floor</p></div>\n',
  );
  return folder;
}

/** The declared floor extension's content script. */
export const DECLARED_SCRIPT = 'declared.js';

/**
 * The other way an extension can run a script on every page: a content script declared in the
 * manifest, at `document_idle`. With `sendsAnswer`, the script sends one message (the least a
 * declared detection must do to tell the toolbar) and the background sets the title on it;
 * without, the script is empty and the background sets the title a moment after the page loads.
 * `scripts/dev/detection-floors.ts` compares both with the injected empty script.
 */
export function writeDeclaredFloorExtension(
  folder: string,
  { sendsAnswer }: { sendsAnswer: boolean },
): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `bench floor: a declared content script${sendsAnswer ? ' that sends one message' : ''}`,
    version: '1.0.0',
    host_permissions: ['http://127.0.0.1/*'],
    background: { service_worker: 'background.js' },
    action: { default_title: FLOOR_TITLE.before },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: [DECLARED_SCRIPT], run_at: 'document_idle' }],
  };
  const title = JSON.stringify(FLOOR_TITLE.after);
  const background = sendsAnswer
    ? `chrome.runtime.onMessage.addListener((message, sender) => {
  if (sender.tab?.id !== undefined) chrome.action.setTitle({ tabId: sender.tab.id, title: ${title} });
});
`
    : `chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'complete') setTimeout(() => chrome.action.setTitle({ tabId, title: ${title} }), 400);
});
`;
  writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(folder, 'background.js'), background);
  writeFileSync(
    path.join(folder, DECLARED_SCRIPT),
    sendsAnswer ? 'chrome.runtime.sendMessage({ isArticle: true });\n' : 'undefined;\n',
  );
  writeFileSync(
    path.join(folder, 'control.html'),
    '<!doctype html><title>floor</title><div id="app"><p>floor</p></div>\n',
  );
  return folder;
}
