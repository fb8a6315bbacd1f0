import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness';
import { useExtensionSuite } from './suite';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { SCREENSHOTS } from './paths';
import { clearStorage, settingsStored, waitUntil } from './extension-calls';
import { openSettings } from './reader-page';

const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;
const SEED = 'ar-seed-wordpress';
const ENGLISH = 'en-news-related';
const READER_SIZE = { width: 1000, height: 800 };
const MARKS = '.article-body mark[data-fact]';

/** What the reader shows of the key facts: highlighted kinds, the panel's groups and entries. */
interface FactsSnapshot {
  markKinds: string[];
  /** Marks whose style differs from the text around them (what a user sees as highlighted). */
  visibleMarks: number;
  panel: boolean;
  groups: string[];
  entries: number;
  personEntries: string[];
  quoteDetails: string[];
}

function readFacts(page: TestPage): Promise<FactsSnapshot> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('.article-body mark[data-fact]')];
    const panel = document.querySelector('[data-testid="key-facts"]');
    const visible = marks.filter((mark) => {
      const style = getComputedStyle(mark);
      return (
        style.textDecorationLine !== 'none' ||
        style.backgroundImage !== 'none' ||
        style.backgroundColor !== 'rgba(0, 0, 0, 0)'
      );
    });
    return {
      markKinds: [...new Set(marks.map((mark) => mark.dataset.fact ?? ''))].sort(),
      visibleMarks: visible.length,
      panel: !!panel,
      groups: [...(panel?.querySelectorAll('.key-facts-group') ?? [])].map(
        (group) => group.getAttribute('data-kind') ?? '',
      ),
      entries: panel?.querySelectorAll('button.key-fact').length ?? 0,
      personEntries: [...(panel?.querySelectorAll('button.key-fact[data-fact-kind="person"]') ?? [])].map(
        (button) => button.textContent ?? '',
      ),
      quoteDetails: [
        ...(panel?.querySelectorAll('button.key-fact[data-fact-kind="quote"] .key-fact-detail') ?? []),
      ].map((detail) => detail.textContent ?? ''),
    };
  }, null);
}

/** The first panel entry whose highlight is below the fold, with where that highlight is. */
function entryBelowTheFold(page: TestPage): Promise<{ id: string; top: number } | null> {
  return page.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLElement>('button.key-fact')) {
      const id = button.dataset.factId ?? '';
      const mark = document.querySelector(`.article-body mark[data-fact-id="${id}"]`);
      const rect = mark?.getBoundingClientRect();
      if (rect && rect.top > window.innerHeight) return { id, top: rect.top };
    }
    return null;
  }, null);
}

function markState(
  page: TestPage,
  id: string,
): Promise<{ top: number; bottom: number; inView: boolean; flashing: boolean }> {
  return page.evaluate((factId: string) => {
    const mark = document.querySelector(`.article-body mark[data-fact-id="${factId}"]`);
    const rect = mark?.getBoundingClientRect();
    const top = rect?.top ?? -1;
    const bottom = rect?.bottom ?? -1;
    return {
      top,
      bottom,
      inView: !!rect && top >= 0 && bottom <= window.innerHeight,
      flashing: !!mark?.classList.contains('fact-flash'),
    };
  }, id);
}

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('%s: key facts', (name) => {
  const suite = useExtensionSuite(() => LAUNCHERS[name]());

  async function openReader(slug: string): Promise<TestPage> {
    const tabId = await suite.loadPage(suite.server.fixtureUrl(slug));
    const view = await suite.browser.openExtensionPage(`/reader.html?tabId=${tabId}`);
    await view.resize(READER_SIZE.width, READER_SIZE.height);
    await view.waitFor('[data-testid="article"]');
    await waitUntil(
      () =>
        view.evaluate(() => document.querySelector('.reader')?.getAttribute('data-settings-loaded'), null),
      (loaded) => loaded === 'true',
      'settings to load',
    );
    return view;
  }

  it('highlights the seed article’s facts and lists them in the panel', async () => {
    const view = await openReader(SEED);
    await view.waitFor(MARKS);
    const facts = await readFacts(view);
    expect(facts.markKinds).toEqual(
      expect.arrayContaining(['emphasis', 'number', 'organization', 'person', 'place', 'quote']),
    );
    expect(facts.visibleMarks).toBeGreaterThan(10);
    expect(facts.panel).toBe(true);
    expect(facts.groups).toEqual(['person', 'quote', 'number', 'organization', 'place', 'emphasis']);
    expect(facts.personEntries[0]).toContain('فؤاد حسين');
    expect(facts.personEntries[0]).toContain('وزير الخارجية العراقي');
    expect(facts.quoteDetails).toContain('said by فؤاد حسين');
    await view.screenshot(path.join(SCREENSHOTS, `${name}-key-facts-rtl.png`));
    await view.close();
  });

  it('scrolls to a fact clicked in the panel and flashes it', async () => {
    const view = await openReader(SEED);
    await view.waitFor(MARKS);
    const target = await entryBelowTheFold(view);
    expect(target).not.toBeNull();
    const id = (target as { id: string }).id;
    expect((await markState(view, id)).inView).toBe(false);
    await view.click(`button.key-fact[data-fact-id="${id}"]`);
    // The flash starts with the click and lasts a second; the smooth scroll may take most of it.
    expect((await markState(view, id)).flashing).toBe(true);
    const after = await waitUntil(
      () => markState(view, id),
      (state) => state.inView,
      'the clicked fact to scroll into view',
      5_000,
    );
    expect(after.inView).toBe(true);
    await view.screenshot(path.join(SCREENSHOTS, `${name}-key-facts-flash.png`));
    // The panel's entries are buttons: reachable with Tab, activated with Enter or Space.
    const focusable = await view.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('button.key-fact');
      button?.focus();
      return document.activeElement === button && button?.type === 'button';
    }, null);
    expect(focusable).toBe(true);
    await view.close();
  });

  it('shows no highlights once switched off, and remembers it', async () => {
    const view = await openReader(SEED);
    await view.waitFor(MARKS);
    await openSettings(view);
    await view.click('[data-testid="setting-highlightFacts"]');
    const off = await waitUntil(
      () => readFacts(view),
      (facts) => facts.markKinds.length === 0,
      'the highlights to go',
    );
    expect(off.visibleMarks).toBe(0);
    expect(off.panel).toBe(false);
    const text = await view.evaluate(() => document.querySelector('.article-body')?.textContent ?? '', null);
    expect(text).toContain('10 آلاف من الإرهابيين وعائلاتهم');
    await settingsStored(suite.control, { highlightFacts: false });
    await view.close();

    const again = await openReader(SEED);
    const reloaded = await readFacts(again);
    expect(reloaded.markKinds).toEqual([]);
    expect(reloaded.panel).toBe(false);
    const checked = await again.evaluate(
      () => document.querySelector<HTMLInputElement>('[data-testid="setting-highlightFacts"]')?.checked,
      null,
    );
    expect(checked).toBe(false);
    await again.close();
    await clearStorage(suite.control);
  });

  it('highlights an English article too', async () => {
    const view = await openReader(ENGLISH);
    await view.waitFor(MARKS);
    const facts = await readFacts(view);
    expect(facts.markKinds).toEqual(expect.arrayContaining(['date', 'number', 'person', 'place', 'quote']));
    expect(facts.quoteDetails).toContain('said by Marcus Bell');
    await view.screenshot(path.join(SCREENSHOTS, `${name}-key-facts-ltr.png`));
    await view.close();
  });
});
