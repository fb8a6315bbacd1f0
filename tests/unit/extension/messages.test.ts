import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { listenForDetectionReports } from '@/utils/browser/detection-reports';

const english = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

type Sender = Browser.runtime.MessageSender;

const TAB = 7;
/** What the browser says about a message from Qari's detection script in tab 7's page. */
const contentScript = (): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://news.example/story',
});

/** A message as @webext-core/messaging puts it on the wire. */
const wire = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

async function deliver(message: unknown, sender: Sender): Promise<void> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  await Promise.all(answers);
  // showDetection is fired and forgotten by the listener; let it finish.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });

describe('messages to the background', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => english[key]?.message ?? '');
    stop = listenForDetectionReports();
  });
  afterEach(() => stop());

  it('sets the toolbar from a well-formed report of Qari’s content script', async () => {
    await deliver(wire('reportDetection', { isArticle: true }), contentScript());
    expect(await badge()).toBe('✓');
  });

  it.each([
    ['a string for the flag', { isArticle: 'yes' }],
    ['no flag', {}],
    ['an extra field', { isArticle: true, tabId: 3 }],
    ['no data', undefined],
    ['an array', [true]],
  ])('ignores a report with %s', async (_name, data) => {
    await deliver(wire('reportDetection', data), contentScript());
    expect(await badge()).toBe('');
  });

  it.each([
    ['another extension', { ...contentScript(), id: 'evil-extension-id' }],
    ['no tab (not a content script)', { ...contentScript(), tab: undefined }],
    ['a sub-frame', { ...contentScript(), frameId: 3 }],
    ['a non-web page', { ...contentScript(), url: 'file:///etc/passwd' }],
  ])('ignores a well-formed report from %s', async (_name, sender) => {
    await deliver(wire('reportDetection', { isArticle: true }), sender as Sender);
    expect(await badge()).toBe('');
  });

  it('ignores messages of unknown types and shapes', async () => {
    await deliver(wire('showDetection', { tabId: TAB, isArticle: true }), contentScript());
    await deliver({ isArticle: true }, contentScript());
    await deliver('reportDetection', contentScript());
    expect(await badge()).toBe('');
  });
});
