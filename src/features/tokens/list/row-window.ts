/**
 * Which rows of a long grid to draw: the ones in view and a few either side. Rows have one fixed
 * height and follow a header of fixed height, inside a scrolling element.
 */
export type RowLayout = {
  count: number;
  rowHeight: number;
  /** Space above the first row inside the scrolling element (a sticky header). */
  headerHeight: number;
};

export type RowRange = { first: number; last: number };

/** The rows from `first` to `last` (inclusive) to draw; `last` < `first` when there are none. */
export function rowsToDraw(layout: RowLayout, scrollTop: number, viewportHeight: number, overscan: number): RowRange {
  const { count, rowHeight, headerHeight } = layout;
  if (count === 0) return { first: 0, last: -1 };
  // The sticky header covers the top of the view, so rows show from `scrollTop` in the rows' own
  // coordinates, over the height left below the header. Before the size is known, a screenful.
  const top = Math.max(0, scrollTop);
  const height = viewportHeight > headerHeight ? viewportHeight - headerHeight : rowHeight * 20;
  const firstInView = Math.min(count - 1, Math.floor(top / rowHeight));
  const lastInView = Math.min(count - 1, Math.floor((top + height - 1) / rowHeight));
  return { first: Math.max(0, firstInView - overscan), last: Math.min(count - 1, lastInView + overscan) };
}

/** Where row `index` starts, below the header. */
export function rowTop(layout: RowLayout, index: number): number {
  return index * layout.rowHeight;
}

export function contentHeight(layout: RowLayout): number {
  return layout.count * layout.rowHeight;
}

/**
 * The scroll position that brings row `index` fully into view, moving as little as it can, and
 * never leaving it under the sticky header; `scrollTop` itself when it is in view already.
 */
export function scrollTopShowing(layout: RowLayout, index: number, scrollTop: number, viewportHeight: number): number {
  const start = layout.headerHeight + rowTop(layout, index);
  const end = start + layout.rowHeight;
  if (start - layout.headerHeight < scrollTop) return start - layout.headerHeight;
  if (end > scrollTop + viewportHeight) return end - viewportHeight;
  return scrollTop;
}
