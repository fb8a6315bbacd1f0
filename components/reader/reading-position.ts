import { useEffect } from 'preact/hooks';
import { libraryDb } from '@/utils/storage/library/db';
import { setReadingPosition } from '@/utils/storage/library/repository';

/** How far down the page the reader is: 0 at the top, 1 at the end. */
export function scrollFraction(): number {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  return scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 0;
}

const SAVE_DELAY_MS = 600;

/**
 * For a saved article in the reader tab: scrolls to where the reader left off, then keeps the
 * position as they read (debounced: one write per pause, not one per scroll event). A write still
 * waiting when the tab is hidden or closed is made at once: scrolling to the end and closing the
 * tab within the pause must not lose where one stopped.
 */
export function useReadingPosition(savedId: string | null, restoreTo: number | null): void {
  useEffect(() => {
    if (!savedId) return;
    if (restoreTo !== null && restoreTo > 0) {
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: restoreTo * scrollable, behavior: 'instant' });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => {
      timer = undefined;
      void setReadingPosition(libraryDb(), savedId, scrollFraction()).catch(() => undefined);
    };
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const saveNowIfWaiting = (): void => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const onVisibilityChange = (): void => {
      if (document.visibilityState === 'hidden') saveNowIfWaiting();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', saveNowIfWaiting);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', saveNowIfWaiting);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [savedId, restoreTo]);
}
