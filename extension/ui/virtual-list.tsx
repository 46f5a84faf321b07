import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Renders only the rows in view (plus a few either side), so 5,000 applications cost
 * what 15 do. Rows have a fixed height; the spacer keeps the scrollbar honest. Keyboard
 * users scroll the focused container with the arrow/page keys like any list.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  renderRow,
  keyOf,
  class: className,
  label,
  role = 'list',
  overscan = 6,
  header,
}: {
  items: readonly T[];
  rowHeight: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  keyOf: (item: T) => string;
  class?: string;
  label: string;
  role?: 'list' | 'rowgroup';
  overscan?: number;
  header?: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setHeight(element.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // A shorter list (new search) must not leave the view scrolled past its end.
  useEffect(() => {
    const element = ref.current;
    if (element && element.scrollTop > items.length * rowHeight) element.scrollTop = 0;
  }, [items.length, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: JSX.Element[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    rows.push(
      // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is listitem or row, chosen by the caller.
      <div
        key={keyOf(item)}
        class="vlist__row"
        role={role === 'list' ? 'listitem' : 'row'}
        aria-setsize={role === 'list' ? items.length : undefined}
        aria-posinset={role === 'list' ? i + 1 : undefined}
        aria-rowindex={role === 'rowgroup' ? i + 2 : undefined}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      class={`vlist ${className ?? ''}`}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      {header}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is list or rowgroup, chosen by the caller. */}
      <div
        class="vlist__inner"
        role={role}
        aria-label={label}
        style={{ height: `${items.length * rowHeight}px` }}
      >
        {rows}
      </div>
    </div>
  );
}
