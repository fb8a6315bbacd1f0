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
