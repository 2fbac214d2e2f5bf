import { describe, expect, it } from 'vitest';
import { contentHeight, rowsToDraw, rowTop, scrollTopShowing, type RowLayout } from './row-window';

const layout: RowLayout = { count: 3000, rowHeight: 40, headerHeight: 48 };

describe('rowsToDraw', () => {
  it('draws the rows in view at the top, plus the overscan below', () => {
    // 400 px of view: the header, then rows 0 to 8 (the ninth only in part).
    expect(rowsToDraw(layout, 0, 400, 6)).toEqual({ first: 0, last: 14 });
  });

  it('follows the scroll position, with the overscan on both sides', () => {
    // Scrolled 4,048 px: row 100 is under the header, rows 101 to 109 show below it.
    expect(rowsToDraw(layout, 4048, 400, 6)).toEqual({ first: 95, last: 115 });
  });

  it('stops at the last row', () => {
    expect(rowsToDraw(layout, contentHeight(layout), 400, 6)).toEqual({ first: 2993, last: 2999 });
    expect(rowsToDraw({ ...layout, count: 3 }, 0, 400, 6)).toEqual({ first: 0, last: 2 });
  });

  it('draws nothing for no rows, and a screenful before the view has a size', () => {
    expect(rowsToDraw({ ...layout, count: 0 }, 0, 400, 6)).toEqual({ first: 0, last: -1 });
    expect(rowsToDraw(layout, 0, 0, 0)).toEqual({ first: 0, last: 19 });
  });
});

describe('scrollTopShowing', () => {
  it('leaves the scroll where it is when the row is in view', () => {
    expect(scrollTopShowing(layout, 3, 0, 400)).toBe(0);
  });

  it('scrolls up just enough for a row above the view to clear the sticky header', () => {
    expect(scrollTopShowing(layout, 10, 4048, 400)).toBe(rowTop(layout, 10));
  });

  it('scrolls down just enough for a row below the view to show whole at the bottom', () => {
    // Row 20 ends at 48 + 21 × 40 = 888 px.
    expect(scrollTopShowing(layout, 20, 0, 400)).toBe(488);
  });
});
