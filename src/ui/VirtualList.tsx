/**
 * Renders only the rows in view (plus overscan) once a list is long (the benchmark stores 10,000
 * orders). Short lists render every row with natural height so text wraps freely at 200% zoom.
 * Rows of a long list have one fixed height in rem-derived pixels: zoom scales rem and the
 * height together, and row text is clamped (the detail view shows it in full).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Attributes for each row's <li> (data-* hooks for automation). */
  itemAttributes?: (item: T) => Record<string, string>;
  /** Row height in rem for windowed mode. */
  rowRem?: number;
  /** Lists up to this length render in full. */
  windowAbove?: number;
  overscan?: number;
  label: string;
  /** Rows rendered before the viewport has been measured (tests, first paint). */
  initialRows?: number;
}

export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, last];
}

function rootFontPx(): number {
  const px = parseFloat(globalThis.getComputedStyle?.(document.documentElement).fontSize ?? '');
  return Number.isFinite(px) && px > 0 ? px : 16;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemKey, renderItem, itemAttributes, rowRem = 7.5, windowAbove = 150, overscan = 8, label, initialRows = 40 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [rowHeight, setRowHeight] = useState(rowRem * 16);
  const windowed = items.length > windowAbove;

  useEffect(() => {
    if (!windowed) return;
    const measure = () => {
      setRowHeight(rowRem * rootFontPx());
      setViewport(scroller.current?.clientHeight ?? 0);
    };
    measure();
    globalThis.addEventListener?.('resize', measure);
    return () => globalThis.removeEventListener?.('resize', measure);
  }, [windowed, rowRem]);

  if (!windowed) {
    return (
      <ul class="list" aria-label={label}>
        {items.map((item, i) => <li key={itemKey(item)} class="list-row" {...itemAttributes?.(item)}>{renderItem(item, i)}</li>)}
      </ul>
    );
  }
  const [first, last] = viewport > 0
    ? visibleRange(scrollTop, viewport, rowHeight, items.length, overscan)
    : [0, Math.min(items.length, initialRows)];
  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <li key={itemKey(item)} class="list-row windowed" aria-setsize={items.length} aria-posinset={i + 1}
        style={{ top: `${i * rowRem}rem`, height: `${rowRem}rem` }} {...itemAttributes?.(item)}>
        {renderItem(item, i)}
      </li>,
    );
  }
  return (
    <div class="scroller" ref={scroller} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <ul class="list windowed" aria-label={label} style={{ height: `${items.length * rowRem}rem` }}>{rows}</ul>
    </div>
  );
}
