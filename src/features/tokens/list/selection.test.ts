import { describe, expect, it } from 'vitest';
import { noSelection, shownSelection, toggleAllShown, toggleRow, withoutMissing } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('token selection', () => {
  it('ticks and unticks one row at a time', () => {
    const one = toggleRow(noSelection, 'b', order, false);
    expect(ids(one)).toEqual(['b']);
    expect(ids(toggleRow(one, 'b', order, false))).toEqual([]);
  });

  it('Shift-click ticks every row between the last ticked one and this one, in either direction', () => {
    const start = toggleRow(noSelection, 'b', order, false);
    expect(ids(toggleRow(start, 'd', order, true))).toEqual(['b', 'c', 'd']);
    const back = toggleRow(toggleRow(noSelection, 'e', order, false), 'c', order, true);
    expect(ids(back)).toEqual(['c', 'd', 'e']);
  });

  it('Shift-click on a ticked row unticks the range', () => {
    const all = toggleAllShown(noSelection, order);
    const anchored = toggleRow(toggleRow(all, 'a', order, false), 'a', order, false);
    expect(ids(toggleRow(anchored, 'c', order, true))).toEqual(['d', 'e']);
  });

  it('the header tick selects every token the view shows, and clears them when all are ticked', () => {
    const some = toggleRow(noSelection, 'x', ['x', ...order], false);
    const all = toggleAllShown(some, order);
    expect(ids(all)).toEqual(['a', 'b', 'c', 'd', 'e', 'x']);
    expect(shownSelection(all, order)).toBe('all');
    expect(ids(toggleAllShown(all, order))).toEqual(['x']);
    expect(shownSelection(some, order)).toBe('none');
    expect(shownSelection(toggleRow(noSelection, 'a', order, false), order)).toBe('some');
  });

  it('forgets tokens that are no longer in the list', () => {
    const selection = toggleAllShown(noSelection, order);
    expect(ids(withoutMissing(selection, new Set(['a', 'c'])))).toEqual(['a', 'c']);
    expect(withoutMissing(selection, new Set(order))).toBe(selection);
  });
});
