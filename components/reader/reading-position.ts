import { useEffect } from 'preact/hooks';
import { libraryDb } from '@/utils/storage/library/db';
import { setReadingPosition } from '@/utils/storage/library/repository';

/** How far down the page the reader is: 0 at the top, 1 at the end. */
export function scrollFraction(view: Window = window): number {
  const scrollable = view.document.documentElement.scrollHeight - view.innerHeight;
  return scrollable > 0 ? Math.min(1, Math.max(0, view.scrollY / scrollable)) : 0;
}

/** One write per pause in scrolling, not one per scroll event. */
export const SAVE_DELAY_MS = 600;

/**
 * Calls `save` with the scroll fraction once the reader pauses scrolling. A save still waiting
 * when the page is hidden or closed is made at once: scrolling to the end and closing the tab (or
 * switching away) within the pause must not lose where one stopped. Returns the unsubscribe.
 */
export function watchReadingPosition(view: Window, save: (fraction: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    save(scrollFraction(view));
  };
  const onScroll = (): void => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  const saveNowIfWaiting = (): void => {
    if (timer !== undefined) saveNow();
  };
  const onVisibilityChange = (): void => {
    if (view.document.visibilityState === 'hidden') saveNowIfWaiting();
  };
  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('pagehide', saveNowIfWaiting);
  view.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    clearTimeout(timer);
    view.removeEventListener('scroll', onScroll);
    view.removeEventListener('pagehide', saveNowIfWaiting);
    view.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/**
 * For a saved article in the reader tab: scrolls to where the reader left off, then keeps the
 * position as they read.
 */
export function useReadingPosition(savedId: string | null, restoreTo: number | null): void {
  useEffect(() => {
    if (!savedId) return;
    if (restoreTo !== null && restoreTo > 0) {
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: restoreTo * scrollable, behavior: 'instant' });
    }
    return watchReadingPosition(window, (fraction) => {
      void setReadingPosition(libraryDb(), savedId, fraction).catch(() => undefined);
    });
  }, [savedId, restoreTo]);
}
