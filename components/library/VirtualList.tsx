import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is this tall (CSS pixels): what makes the window a simple division. */
  rowHeight: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  /** Rows rendered beyond the screen on each side, so fast scrolling shows no gap. */
  overscan?: number;
}

/**
 * Renders only the rows on screen (plus a few): thousands of saved articles stay as cheap as a
 * screenful. The page itself scrolls; the list is as tall as all its rows.
 */
export function VirtualList<T>({ items, rowHeight, keyOf, renderRow, overscan = 6 }: VirtualListProps<T>) {
  const container = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ first: 0, count: 30 });

  useEffect(() => {
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const top = container.current?.getBoundingClientRect().top ?? 0;
      const first = Math.max(0, Math.floor(-top / rowHeight) - overscan);
      const count = Math.ceil(window.innerHeight / rowHeight) + 2 * overscan;
      setRange((current) =>
        current.first === first && current.count === count ? current : { first, count },
      );
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [rowHeight, overscan, items.length]);

  const shown = items.slice(range.first, range.first + range.count);
  return (
    <div
      ref={container}
      class="virtual-list"
      role="list"
      style={{ position: 'relative', height: `${items.length * rowHeight}px` }}
    >
      {shown.map((item, offset) => (
        <div
          key={keyOf(item)}
          role="listitem"
          class="virtual-row"
          style={{
            position: 'absolute',
            insetInline: 0,
            top: `${(range.first + offset) * rowHeight}px`,
            height: `${rowHeight}px`,
          }}
        >
          {renderRow(item, range.first + offset)}
        </div>
      ))}
    </div>
  );
}
