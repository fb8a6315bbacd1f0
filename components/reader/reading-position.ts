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
 * position as they read (debounced: one write per pause, not one per scroll event).
 */
export function useReadingPosition(savedId: string | null, restoreTo: number | null): void {
  useEffect(() => {
    if (!savedId) return;
    if (restoreTo !== null && restoreTo > 0) {
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: restoreTo * scrollable, behavior: 'instant' });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void setReadingPosition(libraryDb(), savedId, scrollFraction()).catch(() => undefined);
      }, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [savedId, restoreTo]);
}
