import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, watchReadingPosition } from '@/components/reader/reading-position';

/** jsdom's window, with its own `Event` (events from another realm are refused). */
type PageWindow = Window & typeof globalThis;

/** A page 3,000 px tall in a 1,000 px window, scrolled to `scrollY` (jsdom lays nothing out). */
function scrolledPage(scrollY: number): PageWindow {
  const { window } = new JSDOM('<!doctype html><p>article</p>');
  Object.defineProperty(window.document.documentElement, 'scrollHeight', { value: 3000 });
  Object.defineProperty(window, 'innerHeight', { value: 1000 });
  Object.defineProperty(window, 'scrollY', { value: scrollY, configurable: true });
  return window as unknown as PageWindow;
}

function hide(view: PageWindow): void {
  Object.defineProperty(view.document, 'visibilityState', { value: 'hidden', configurable: true });
  view.document.dispatchEvent(new view.Event('visibilitychange'));
}

describe('the reading position of a saved article', () => {
  let saved: number[];
  const save = (fraction: number): void => {
    saved.push(fraction);
  };

  beforeEach(() => {
    saved = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is kept once the reader pauses, once per pause', () => {
    const view = scrolledPage(1000);
    watchReadingPosition(view, save);
    for (let i = 0; i < 5; i++) view.dispatchEvent(new view.Event('scroll'));
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([0.5]);
  });

  it.each([
    ['closed', (view: PageWindow) => view.dispatchEvent(new view.Event('pagehide'))],
    ['hidden (another tab chosen)', hide],
  ])('is kept at once when the tab is %s within the pause, and only once', (_how, leave) => {
    const view = scrolledPage(2000);
    watchReadingPosition(view, save);
    view.dispatchEvent(new view.Event('scroll'));
    leave(view);
    expect(saved).toEqual([1]);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(saved).toEqual([1]);
  });

  it('writes nothing on leaving when the reader did not scroll since the last write', () => {
    const view = scrolledPage(1000);
    watchReadingPosition(view, save);
    view.dispatchEvent(new view.Event('pagehide'));
    hide(view);
    expect(saved).toEqual([]);
  });

  it('stops when the view goes (no write for a scroll left waiting)', () => {
    const view = scrolledPage(1000);
    const stop = watchReadingPosition(view, save);
    view.dispatchEvent(new view.Event('scroll'));
    stop();
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    view.dispatchEvent(new view.Event('pagehide'));
    expect(saved).toEqual([]);
  });
});
