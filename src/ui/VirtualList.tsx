/**
 * Renders only the rows in view (plus overscan) once a list is long (the benchmark stores 10,000
 * orders), and asks for them (onRange): rows not loaded yet render as empty placeholders (issue 15). Short lists render every row with natural height so text wraps freely at 200% zoom.
 * Rows of a long list have one fixed height in rem-derived pixels: zoom scales rem and the
 * height together, and row text is clamped (the detail view shows it in full).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  /** Rows in the list; `itemAt` answers undefined for a row not loaded yet (issue 15: pages). */
  count: number;
  itemAt: (index: number) => T | undefined;
  /** Rows [first, last) are about to render: load them. */
  onRange?: (first: number, last: number) => void;
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
  const { count, itemAt, onRange, itemKey, renderItem, itemAttributes, rowRem = 7.5, windowAbove = 150, overscan = 8, label, initialRows = 40 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [rowHeight, setRowHeight] = useState(rowRem * 16);
  const windowed = count > windowAbove;

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

  const [first, last] = !windowed ? [0, count] : viewport > 0
    ? visibleRange(scrollTop, viewport, rowHeight, count, overscan)
    : [0, Math.min(count, initialRows)];
  useEffect(() => { onRange?.(first, last); }, [onRange, first, last]);

  if (!windowed) {
    const rows = [];
    for (let i = 0; i < count; i++) {
      const item = itemAt(i);
      rows.push(item ? <li key={itemKey(item)} class="list-row" {...itemAttributes?.(item)}>{renderItem(item, i)}</li>
        : <li key={`row-${i}`} class="list-row loading" aria-busy="true" />);
    }
    return <ul class="list" aria-label={label}>{rows}</ul>;
  }
  const rows = [];
  for (let i = first; i < last; i++) {
    const item = itemAt(i);
    const place = { 'aria-setsize': count, 'aria-posinset': i + 1, style: { top: `${i * rowRem}rem`, height: `${rowRem}rem` } };
    rows.push(item
      ? <li key={itemKey(item)} class="list-row windowed" {...place} {...itemAttributes?.(item)}>{renderItem(item, i)}</li>
      : <li key={`row-${i}`} class="list-row windowed loading" aria-busy="true" {...place} />);
  }
  return (
    <div class="scroller" ref={scroller} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <ul class="list windowed" aria-label={label} style={{ height: `${count * rowRem}rem` }}>{rows}</ul>
    </div>
  );
}
