import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { detectWhenPagesLoad } from '@/utils/browser/detect-on-load';

const english = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

type Tab = Browser.tabs.Tab;
type Injection = Parameters<typeof fakeBrowser.scripting.executeScript>[0];

const TAB = 7;
const tab = (url: string, status: Tab['status'] = 'complete'): Tab => ({ id: TAB, url, status }) as Tab;

/** Lets the fire-and-forget injection and toolbar calls of the listener finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const toolbar = async (tabId = TAB) => ({
  badge: await fakeBrowser.action.getBadgeText({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});
const UNTOUCHED = { badge: '', title: '' };

describe('detection once a page has loaded', () => {
  let stop: () => void = () => undefined;
  /** What the detection script answers in the page (fakeBrowser has no scripting). */
  let answer: () => Promise<unknown>;
  let injections: Injection[];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => english[key]?.message ?? '');
    injections = [];
    answer = () => Promise.resolve({ isArticle: true });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection: Injection) => {
      injections.push(injection);
      return [{ frameId: 0, documentId: 'd', result: await answer() }] as never;
    });
    stop = detectWhenPagesLoad();
  });
  afterEach(() => stop());

  const loaded = async (page: Tab, change: Browser.tabs.OnUpdatedInfo = { status: 'complete' }) => {
    await fakeBrowser.tabs.onUpdated.trigger(TAB, change, page);
    await settle();
  };

  it.each([
    [true, '✓', english.toolbarArticle?.message],
    [false, '', english.toolbarNotArticle?.message],
  ])(
    'runs detect.js in the loaded page and shows its answer (article: %s)',
    async (isArticle, badge, title) => {
      answer = () => Promise.resolve({ isArticle });
      await loaded(tab('https://news.example/story'));
      expect(injections).toEqual([{ target: { tabId: TAB }, files: ['/detect.js'] }]);
      expect(await toolbar()).toEqual({ badge, title });
    },
  );

  it.each([
    ['still loading', tab('https://news.example/story', 'loading'), { status: 'loading' }],
    ['a title change', tab('https://news.example/story'), { title: 'Story' }],
    ['a browser page', tab('chrome://settings/'), { status: 'complete' }],
    ['a local file', tab('file:///home/me/page.html'), { status: 'complete' }],
    ['an extension page', tab('moz-extension://abc/reader.html'), { status: 'complete' }],
    ['the web store', tab('https://chromewebstore.google.com/detail/x'), { status: 'complete' }],
    ['addons.mozilla.org', tab('https://addons.mozilla.org/ar/firefox/'), { status: 'complete' }],
    ['a PDF (the viewer)', tab('https://news.example/report.pdf'), { status: 'complete' }],
    ['no address it may see', { id: TAB, status: 'complete' } as Tab, { status: 'complete' }],
  ])('does not run in the page on %s', async (_name, page, change) => {
    await loaded(page, change as Browser.tabs.OnUpdatedInfo);
    expect(injections).toEqual([]);
    expect(await toolbar()).toEqual(UNTOUCHED);
  });

  it.each([
    ['a string for the flag', { isArticle: 'yes' }],
    ['no flag', {}],
    ['an extra field', { isArticle: true, tabId: 3 }],
    ['nothing', undefined],
    ['an array', [true]],
  ])('leaves the toolbar alone when the answer is %s', async (_name, malformed) => {
    answer = () => Promise.resolve(malformed);
    await loaded(tab('https://news.example/story'));
    expect(await toolbar()).toEqual(UNTOUCHED);
  });

  it('leaves the toolbar alone when the page may not be scripted or went away', async () => {
    answer = () => Promise.reject(new Error('Cannot access contents of the page.'));
    await loaded(tab('https://blocked-by-policy.example/story'));
    expect(injections).toHaveLength(1);
    expect(await toolbar()).toEqual(UNTOUCHED);
  });

  it.each([
    ['the earlier page', 'https://news.example/story', 'https://news.example/'],
    ['a reload of the same page', 'https://news.example/story', 'https://news.example/story'],
  ])(
    "shows the last load's answer when an earlier check answers after it (%s)",
    async (_name, firstUrl, secondUrl) => {
      // The first check is slow and says "not an article"; the tab loads again and the second
      // check, which says "article", answers first. The toolbar must end with the second's.
      let releaseFirst: () => void = () => undefined;
      const firstAnswered = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      answer = () => firstAnswered.then(() => ({ isArticle: false }));
      await loaded(tab(firstUrl));
      answer = () => Promise.resolve({ isArticle: true });
      await loaded(tab(secondUrl));
      expect((await toolbar()).badge).toBe('✓');
      releaseFirst();
      await settle();
      expect(injections).toHaveLength(2);
      expect(await toolbar()).toEqual({ badge: '✓', title: english.toolbarArticle?.message });
    },
  );

  it('checks the web pages already open when Qari is installed', async () => {
    const story = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const settings = await fakeBrowser.tabs.create({ url: 'about:preferences' });
    const other = await fakeBrowser.tabs.create({ url: 'http://blog.example/post' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(injections.map((injection) => injection.target.tabId).sort()).toEqual([story.id, other.id].sort());
    expect((await toolbar(story.id)).badge).toBe('✓');
    expect(await toolbar(settings.id)).toEqual(UNTOUCHED);
  });

  it('stops checking once stopped', async () => {
    stop();
    await loaded(tab('https://news.example/story'));
    expect(injections).toEqual([]);
  });
});
